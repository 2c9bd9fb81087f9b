import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncProgress, SyncRunView, SyncSummary } from '../../../shared/domain/sync.js';
import { authorHidesZone, jiraStarted, localDate, worldOps } from '../../fakes/world.js';
import { filesContaining } from '../../helpers/grep-folder.js';
import type { SyncWorld } from './sync-world.js';
import { RANGE, expectedRows, startSyncWorld, storedRows } from './sync-world.js';

describe('sync engine against fake Jira + Tempo (real SQLite, keychain, HTTP)', () => {
  let w: SyncWorld;
  beforeEach(async () => {
    w = await startSyncWorld();
  });
  afterEach(async () => {
    await w.close();
  });

  const sync = (instanceIds?: string[]): Promise<SyncSummary> => w.core.services.sync.run({ ...RANGE, ...(instanceIds ? { instanceIds } : {}) });
  const run = (s: SyncSummary, name: string): SyncRunView => {
    const r = s.runs.find((x) => x.instanceName === name);
    if (!r) throw new Error(`no run for ${name}`);
    return r;
  };

  it('stores exactly the source data on both paths, by local date, with parents and epics', async () => {
    const progress: SyncProgress[] = [];
    w.core.events.subscribe((name, payload) => {
      if (name === 'sync.progress') progress.push(payload as SyncProgress);
    });
    const summary = await sync();
    expect(summary.ok).toBe(true);
    expect(storedRows(w.stored(w.instances.jiraOnly.id))).toEqual(expectedRows(w.world, 'jira'));
    expect(storedRows(w.stored(w.instances.withTempo.id))).toEqual(expectedRows(w.world, 'tempo'));
    // Sanity of the fixture: near-midnight and >20-worklog issues are really in play.
    expect(expectedRows(w.world, 'jira').length).toBeGreaterThan(300);

    const jiraRun = run(summary, 'jira-only');
    expect(jiraRun).toMatchObject({ status: 'ok', source: 'jira', from: RANGE.from, to: RANGE.to, error: null });
    expect(jiraRun.counts.inserted).toBe(expectedRows(w.world, 'jira').length);
    expect(jiraRun.requests).toBeGreaterThan(0);
    const tempoRun = run(summary, 'with-tempo');
    expect(tempoRun).toMatchObject({ status: 'ok', source: 'tempo' });
    expect(tempoRun.counts.inserted).toBe(expectedRows(w.world, 'tempo').length);

    // Progress: every instance reports pages and ends with 'done'.
    for (const name of ['jira-only', 'with-tempo']) {
      const mine = progress.filter((p) => p.instanceName === name);
      expect(mine.filter((p) => p.phase === 'worklogs').length).toBeGreaterThan(1);
      expect(mine.at(-1)).toMatchObject({ phase: 'done', status: 'ok' });
    }
    // People: names and (where visible) emails are cached on both paths — people mapping matches on them.
    const emails = (instanceId: string) =>
      new Map((w.core.db.prepare('SELECT account_id, email FROM jira_users WHERE instance_id = ?').all(instanceId) as Array<{ account_id: string; email: string | null }>).map((r) => [r.account_id, r.email]));
    for (const id of [w.instances.jiraOnly.id, w.instances.withTempo.id]) {
      const cached = emails(id);
      const authors = new Set(w.stored(id).map((r) => r.authorAccountId));
      for (const u of w.world.users.filter((x) => authors.has(x.accountId))) expect(cached.get(u.accountId) ?? null, u.displayName).toBe(u.email);
    }
    // History: one row per instance per run.
    expect(w.core.services.sync.history().filter((h) => h.runId === summary.runId)).toHaveLength(2);
  });

  it('is exact again after additions, updates, moves out of the range and deletions at the source', async () => {
    await sync();
    const ops = worldOps(w.world);
    // Authors who show their zone: both paths then hold the same worklogs, so the counts below agree.
    const inRange = w.world.worklogs.filter((x) => localDate(x) >= RANGE.from && localDate(x) <= RANGE.to && !authorHidesZone(w.world, x));
    const [a, b, c] = inRange;
    if (!a || !b || !c) throw new Error('fixture too small');
    ops.update(a.id, { timeSpentSeconds: a.timeSpentSeconds + 900 });
    ops.update(b.id, { started: jiraStarted('2026-12-02', 600, '+0000') }); // moved out of the range
    ops.remove(c.id);
    // Near midnight: 23:50 on the range's last day in the author's own zone (a fixed -0800 here
    // encoded the old world, where `started` carried the author's offset whatever their zone).
    const zone = w.world.users.find((u) => u.accountId === a.authorAccountId)?.timeZone ?? 'UTC';
    ops.add({ issueId: a.issueId, authorAccountId: a.authorAccountId, started: jiraStarted('2026-11-30', 23 * 60 + 50, zone), timeSpentSeconds: 1800, comment: 'late' });

    const second = await sync();
    expect(second.ok).toBe(true);
    expect(storedRows(w.stored(w.instances.jiraOnly.id))).toEqual(expectedRows(w.world, 'jira'));
    expect(storedRows(w.stored(w.instances.withTempo.id))).toEqual(expectedRows(w.world, 'tempo'));
    for (const name of ['jira-only', 'with-tempo']) {
      expect(run(second, name).counts).toMatchObject({ inserted: 1, updated: 1, deleted: 2 });
    }
  });

  it('re-syncing unchanged Tempo data makes no Jira hydration requests', async () => {
    await sync([w.instances.withTempo.id]);
    const before = w.jira.requests.length;
    const second = await sync([w.instances.withTempo.id]);
    expect(run(second, 'with-tempo').counts).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
    const hydration = w.jira.requests.slice(before).filter((r) => /issue\/bulkfetch|user\/bulk/.test(r.path));
    expect(hydration).toEqual([]);
  });

  it('re-syncing an unchanged Jira range reads only the change feeds and one issue-details search; a local delete forces a full pass', async () => {
    await sync([w.instances.jiraOnly.id]);
    const before = w.jira.requests.length;
    const second = await sync([w.instances.jiraOnly.id]);
    expect(run(second, 'jira-only').counts).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
    const paths = w.jira.requests.slice(before).map((r) => r.path);
    expect(paths).toEqual(['/rest/api/3/worklog/updated', '/rest/api/3/worklog/deleted', '/rest/api/3/search/jql']);
    expect(run(second, 'jira-only').requests).toBe(3);
    expect(run(second, 'jira-only').issuesRefreshed).toBe(0);

    expect(w.core.services.sync.deleteRange('2026-11-10', '2026-11-12', w.instances.jiraOnly.id).deleted).toBeGreaterThan(0);
    const third = await sync([w.instances.jiraOnly.id]);
    expect(run(third, 'jira-only').counts.inserted).toBeGreaterThan(0);
    expect(storedRows(w.stored(w.instances.jiraOnly.id))).toEqual(expectedRows(w.world, 'jira'));
  });

  it('a full sync refreshes issue details the cache holds (a renamed epic shows up)', async () => {
    await sync([w.instances.withTempo.id]);
    const epic = w.world.issues.find((i) => i.type.hierarchyLevel === 1 && w.stored(w.instances.withTempo.id).some((r) => r.epicKey === i.key));
    if (!epic) throw new Error('fixture has no epic with worklogs');
    epic.summary = 'Renamed epic — Ünïcode ✓';
    await sync([w.instances.withTempo.id]);
    expect(w.stored(w.instances.withTempo.id).filter((r) => r.epicKey === epic.key).every((r) => r.epicName !== epic.summary)).toBe(true);
    await w.core.services.sync.run({ ...RANGE, instanceIds: [w.instances.withTempo.id], full: true });
    expect(storedRows(w.stored(w.instances.withTempo.id))).toEqual(expectedRows(w.world, 'tempo'));
  });

  it('ends exact with 5 % of requests failing (5xx, resets, 429, HTML, broken JSON)', async () => {
    const kinds = [{ kind: 'status', status: 502 }, 'reset', { kind: 'rate-limit', retryAfter: 0 }, { kind: 'html', status: 503 }, 'malformed-json'] as const;
    // Small pages so the run makes a few hundred requests and the 5 % really bite.
    w.jira.state.limits.search = 8;
    w.jira.state.limits.issueWorklogs = 10;
    w.tempo.state.pageLimit = 15;
    w.jira.faults.setFaultRate(0.05, [...kinds], 11);
    w.tempo.faults.setFaultRate(0.05, [...kinds], 12);
    const summary = await sync();
    expect(w.jira.faults.applied.length + w.tempo.faults.applied.length).toBeGreaterThanOrEqual(3);
    expect(summary.runs.map((r) => [r.instanceName, r.status, r.error?.message ?? null])).toEqual([
      ['jira-only', 'ok', null],
      ['with-tempo', 'ok', null],
    ]);
    expect(storedRows(w.stored(w.instances.jiraOnly.id))).toEqual(expectedRows(w.world, 'jira'));
    expect(storedRows(w.stored(w.instances.withTempo.id))).toEqual(expectedRows(w.world, 'tempo'));
  });

  it('an outage fails the sync with a clear error, records it, and keeps what was stored', async () => {
    await sync();
    const before = storedRows(w.stored(w.instances.jiraOnly.id));
    const ops = worldOps(w.world);
    ops.remove((w.world.worklogs.find((x) => localDate(x) >= RANGE.from && localDate(x) <= RANGE.to) ?? { id: '' }).id);
    w.jira.faults.inject({ kind: 'status', status: 503 }, { times: Infinity });
    const summary = await sync([w.instances.jiraOnly.id]);
    expect(summary.ok).toBe(false);
    const r = run(summary, 'jira-only');
    expect(r.status).toBe('failed');
    expect(r.error?.code).toBe('server');
    expect(r.error?.message).toMatch(/jira-only/);
    expect(storedRows(w.stored(w.instances.jiraOnly.id))).toEqual(before);
    expect(w.core.services.sync.history()[0]).toMatchObject({ status: 'failed', instanceName: 'jira-only' });
  });

  it('writes no token to the database, its WAL, the history or the logs — also when requests fail', async () => {
    w.jira.faults.inject({ kind: 'status', status: 401 }, { times: Infinity, match: /search\/jql/ });
    await sync();
    w.jira.faults.clear();
    await sync();
    const history = JSON.stringify(w.core.services.sync.history());
    expect(history).toMatch(/401/);
    for (const token of [w.jiraToken, w.tempoToken]) {
      expect(history).not.toContain(token);
      expect(filesContaining(w.dataDir, token)).toEqual([]);
    }
  });

  it('cancel mid-sync keeps the database consistent and records a cancelled run', async () => {
    w.tempo.faults.inject({ kind: 'delay', ms: 150 }, { times: Infinity });
    w.jira.faults.inject({ kind: 'delay', ms: 150 }, { times: Infinity });
    const started = w.core.services.sync.start(RANGE);
    await new Promise((r) => setTimeout(r, 400));
    expect(w.core.services.sync.cancel()).toEqual({ cancelled: true });
    const summary = await started.done;
    expect(summary.runs.every((r) => r.status === 'cancelled')).toBe(true);
    expect(w.core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(w.core.services.sync.status().running).toBe(false);
    // A full sync afterwards is exact.
    w.tempo.faults.clear();
    w.jira.faults.clear();
    expect((await sync()).ok).toBe(true);
    expect(storedRows(w.stored(w.instances.jiraOnly.id))).toEqual(expectedRows(w.world, 'jira'));
  });

  it('one sync at a time: the same range joins, another range is refused', async () => {
    w.tempo.faults.inject({ kind: 'delay', ms: 100 }, { times: 3 });
    const first = w.core.services.sync.start(RANGE);
    const again = w.core.services.sync.start(RANGE);
    expect(again).toMatchObject({ joined: true, runId: first.runId });
    expect(() => w.core.services.sync.start({ from: '2026-10-01', to: '2026-10-31' })).toThrowError(/already running/);
    await first.done;
  });
});
