import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../main/core/app-core.js';
import { createAppCore } from '../../../main/core/app-core.js';
import { syncFreshness } from '../../../main/core/sync/freshness.js';
import { instancesRepo } from '../../../main/core/instances/instances-repo.js';
import { syncRunsRepo } from '../../../main/core/sync/sync-runs-repo.js';
import { systemClock } from '../../../main/core/system-clock.js';
import type { InstanceFreshness, SyncFreshness } from '../../../shared/domain/freshness.js';
import type { AppSettings } from '../../../shared/domain/settings.js';
import type { SyncRunView, SyncSummary } from '../../../shared/domain/sync.js';
import type { SyncWorld } from './sync-world.js';
import { RANGE, startSyncWorld } from './sync-world.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The world's clock moved by `offset` (time still flows, so the HTTP pipeline's limiter and
 * timeouts behave): syncs "happen" days ago, as if the app had not synced since.
 */
function shiftedClock() {
  let offset = 0;
  return {
    clock: { now: () => new Date(Date.now() + offset), sleep: systemClock.sleep },
    set(ms: number) {
      offset = ms;
    },
  };
}

describe('freshness per instance, from the sync history (real SQLite, fake Jira + Tempo)', () => {
  let w: SyncWorld;
  let core: AppCore;
  const time = shiftedClock();

  beforeEach(async () => {
    w = await startSyncWorld({ worklogs: 200, issues: 40 });
    time.set(0);
    core = createAppCore({
      host: 'cli',
      dataDir: w.dataDir,
      clock: time.clock,
      httpLimits: { jira: { requestsPerSecond: 200, maxConcurrent: 6 }, tempo: { requestsPerSecond: 200, maxConcurrent: 4 } },
      retry: { baseDelayMs: 5, maxDelayMs: 40 },
    });
  });
  afterEach(async () => {
    core.close();
    await w.close();
  });

  const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as T;
  };
  const freshness = (): Promise<SyncFreshness> => call<SyncFreshness>('sync.freshness');
  const of = (f: SyncFreshness, name: string): InstanceFreshness => {
    const i = f.instances.find((x) => x.instanceName === name);
    if (!i) throw new Error(`no freshness for ${name}`);
    return i;
  };
  const runOf = (s: SyncSummary, name: string): SyncRunView => {
    const r = s.runs.find((x) => x.instanceName === name);
    if (!r?.endedAt) throw new Error(`no finished run for ${name}`);
    return r;
  };

  it('never-synced instances are listed, with no last success, no last run, and stale', async () => {
    const f = await freshness();
    expect(f.staleAfterHours).toBe(24);
    expect(f.instances).toEqual([
      { instanceId: w.instances.jiraOnly.id, instanceName: 'jira-only', lastSuccessAt: null, lastRun: null, stale: true },
      { instanceId: w.instances.withTempo.id, instanceName: 'with-tempo', lastSuccessAt: null, lastRun: null, stale: true },
    ]);
  });

  it('ok, failed, cancelled and interrupted runs: each instance keeps its own last success', async () => {
    // Ten days ago: both fine.
    time.set(-10 * DAY);
    const first = await core.services.sync.run(RANGE);
    expect(first.ok).toBe(true);
    // Seen from that day, they just synced.
    let f = await freshness();
    for (const name of ['jira-only', 'with-tempo']) {
      expect(of(f, name)).toMatchObject({ lastSuccessAt: runOf(first, name).endedAt, lastRun: { endedAt: runOf(first, name).endedAt, result: 'ok', error: null }, stale: false });
    }

    // Five days ago: Jira refuses the search (a full pass reads it), so only the Jira-path instance fails.
    time.set(-5 * DAY);
    w.jira.faults.inject({ kind: 'status', status: 401 }, { times: Infinity, match: /search\/jql/ });
    const second = await core.services.sync.run({ ...RANGE, full: true });
    w.jira.faults.clear();
    expect(second.runs.map((r) => [r.instanceName, r.status])).toEqual([
      ['jira-only', 'failed'],
      ['with-tempo', 'ok'],
    ]);
    f = await freshness();
    expect(of(f, 'jira-only')).toMatchObject({
      lastSuccessAt: runOf(first, 'jira-only').endedAt,
      lastRun: { endedAt: runOf(second, 'jira-only').endedAt, result: 'failed', error: runOf(second, 'jira-only').error?.message },
    });
    expect(of(f, 'jira-only').lastRun?.error).toMatch(/401/);
    expect(of(f, 'with-tempo')).toMatchObject({ lastSuccessAt: runOf(second, 'with-tempo').endedAt, lastRun: { result: 'ok', error: null } });
    // Plain words only: no token in what the renderer receives.
    for (const token of [w.jiraToken, w.tempoToken]) expect(JSON.stringify(f)).not.toContain(token);

    // Two days ago: cancelled mid-way. Nothing moves the last successes.
    time.set(-2 * DAY);
    w.jira.faults.inject({ kind: 'delay', ms: 150 }, { times: Infinity });
    w.tempo.faults.inject({ kind: 'delay', ms: 150 }, { times: Infinity });
    const third = core.services.sync.start(RANGE);
    await new Promise((r) => setTimeout(r, 300));
    core.services.sync.cancel();
    const cancelled = await third.done;
    w.jira.faults.clear();
    w.tempo.faults.clear();
    expect(cancelled.runs.every((r) => r.status === 'cancelled')).toBe(true);
    f = await freshness();
    expect(of(f, 'jira-only')).toMatchObject({ lastSuccessAt: runOf(first, 'jira-only').endedAt, lastRun: { result: 'cancelled', endedAt: runOf(cancelled, 'jira-only').endedAt } });
    expect(of(f, 'with-tempo')).toMatchObject({ lastSuccessAt: runOf(second, 'with-tempo').endedAt, lastRun: { result: 'cancelled' } });
    expect(of(f, 'with-tempo').lastRun?.error).toMatch(/^Cancelled/);

    // A run whose process died: closed as interrupted at the next start.
    const runs = syncRunsRepo(core.db);
    runs.start({ runId: 'killed', kind: 'worklogs', instanceId: w.instances.withTempo.id, instanceName: 'with-tempo', source: 'tempo', from: RANGE.from, to: RANGE.to, startedAt: time.clock.now().toISOString() });
    // While it runs, it is not the last finished run.
    expect(of(await freshness(), 'with-tempo').lastRun?.result).toBe('cancelled');
    time.set(-1 * DAY);
    runs.closeInterrupted(time.clock.now().toISOString());
    f = await freshness();
    expect(of(f, 'with-tempo')).toMatchObject({ lastSuccessAt: runOf(second, 'with-tempo').endedAt, lastRun: { result: 'interrupted', error: expect.stringMatching(/interrupted/) } });
    expect(of(f, 'jira-only').lastRun?.result).toBe('cancelled');
    // Today, by the clock: the 10-day-old success is stale, the 5-day-old too (24 h by default).
    time.set(0);
    expect((await freshness()).instances.map((i) => [i.instanceName, i.stale])).toEqual([
      ['jira-only', true],
      ['with-tempo', true],
    ]);
  });

  it('stale: past staleAfterHours by the injected clock; the setting moves the line', async () => {
    time.set(-10 * DAY);
    await core.services.sync.run({ ...RANGE, instanceIds: [w.instances.jiraOnly.id] });
    time.set(-3 * DAY);
    await core.services.sync.run({ ...RANGE, instanceIds: [w.instances.withTempo.id] });
    time.set(0);

    // Default 24 h: both stale.
    let f = await freshness();
    expect(f.instances.map((i) => [i.instanceName, i.stale])).toEqual([
      ['jira-only', true],
      ['with-tempo', true],
    ]);
    // Four days: only the ten-day-old one.
    await call<AppSettings>('settings.update', { staleAfterHours: 96 });
    f = await freshness();
    expect(f.staleAfterHours).toBe(96);
    expect(f.instances.map((i) => [i.instanceName, i.stale])).toEqual([
      ['jira-only', true],
      ['with-tempo', false],
    ]);
    // The clock moves a day on: three days old becomes four and a bit.
    time.set(1.5 * DAY);
    expect((await freshness()).instances.map((i) => i.stale)).toEqual([true, true]);
    // 30 days: nothing stale.
    await call<AppSettings>('settings.update', { staleAfterHours: 720 });
    expect((await freshness()).instances.map((i) => i.stale)).toEqual([false, false]);

    // The boundary is exact: "older than N hours", not "N hours old".
    const last = of(f, 'with-tempo').lastSuccessAt as string;
    const at = (ms: number) => syncFreshness(core.db, instancesRepo(core.db), 5, new Date(Date.parse(last) + ms));
    expect(of(at(5 * HOUR), 'with-tempo').stale).toBe(false);
    expect(of(at(5 * HOUR + 1), 'with-tempo').stale).toBe(true);
    expect(at(0).checkedAt).toBe(last);
  });

  it('the channel refuses any input but {}', async () => {
    for (const bad of [{ staleAfterHours: 1 }, null, [], 'x']) {
      const r = await core.dispatch('sync.freshness', bad);
      expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
  });
});
