import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../../main/cli/text-width.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import type { FakeIssue, FakeWorld } from '../../fakes/world.js';
import { generateWorld, jiraPathDay, localDate } from '../../fakes/world.js';
import { issueOps } from '../../fakes/jira/jira-issue-mutations.js';
import { filesContaining, listFiles } from '../../helpers/grep-folder.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import type { CliRun } from './cli-process.js';
import { createCliRunner, lines } from './cli-process.js';

// Random, realistic-looking tokens: a grep for them can only match a real leak.
const JIRA_TOKEN = `ATATT3xFfGF0${randomBytes(24).toString('base64url')}`;
const TEMPO_TOKEN = `Tm9${randomBytes(24).toString('base64url')}`;
const SYNC_USER = { accountId: 'acc-sync', displayName: 'Sync Bot', email: 'sync@example.com', token: JIRA_TOKEN };

// The worlds span November; the sync takes a part of it, so worklogs near midnight at both ends
// test that the range is cut by each worklog's own local date.
const FROM = '2026-11-03';
const TO = '2026-11-20';
const RANGE = ['--from', FROM, '--to', TO];

/** A stored worklog reduced to what identifies it and what the sync must get right. */
type Key = string;
const key = (instance: string, sourceId: string, date: string, seconds: number): Key => `${instance}|${sourceId}|${date}|${seconds}`;

/**
 * What `worklogs --json` must hold for an instance: the world's worklogs whose author's date is in
 * the range — on the Jira path, the reader's date for authors who hide their zone.
 */
function expectedKeys(world: FakeWorld, instance: string, source: 'jira' | 'tempo', from = FROM, to = TO): Key[] {
  const dayOf = (w: FakeWorld['worklogs'][number]): string => (source === 'jira' ? jiraPathDay(world, w) : localDate(w));
  return world.worklogs.filter((w) => dayOf(w) >= from && dayOf(w) <= to).map((w) => key(instance, source === 'tempo' ? String(w.tempoId) : w.id, dayOf(w), w.timeSpentSeconds));
}

/** Parent and epic keys as Jira sees them: the epic is the first ancestor at hierarchy level 1. */
function hierarchy(world: FakeWorld, issueId: string): { issue: FakeIssue; parentKey: string | null; epicKey: string | null } {
  const byId = new Map(world.issues.map((i) => [i.id, i]));
  const issue = byId.get(issueId);
  if (!issue) throw new Error(`no issue ${issueId} in the world`);
  const parent = issue.parentId ? byId.get(issue.parentId) : undefined;
  let epic: FakeIssue | undefined;
  for (let node: FakeIssue | undefined = issue; node; node = node.parentId ? byId.get(node.parentId) : undefined) {
    if (node.type.hierarchyLevel >= 1) {
      epic = node;
      break;
    }
  }
  return { issue, parentKey: parent?.key ?? null, epicKey: epic?.key ?? null };
}

const WORKLOG_FIELDS = [
  'instance', 'sourceId', 'issueKey', 'issueSummary', 'projectKey', 'authorAccountId', 'authorName',
  'date', 'started', 'seconds', 'parentKey', 'parentName', 'epicKey', 'epicName',
];

interface CliWorklog {
  instance: string;
  issueSummary: string | null;
  sourceId: string;
  issueId: string;
  issueKey: string | null;
  authorName: string | null;
  date: string;
  seconds: number;
  parentKey: string | null;
  parentName: string | null;
  epicKey: string | null;
  epicName: string | null;
}

interface CliSummary {
  ok: boolean;
  from: string;
  to: string;
  runId: string;
  instances: Array<{ instance: string; status: string; source: string; counts: Record<string, number>; issuesRefreshed: number; requests: number; error: { code: string; message: string } | null }>;
}

const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../main/cli.ts');

/** The CLI as a child we can signal (cli-process.ts only waits for the exit). */
function startCli(args: string[], dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: path.resolve(path.dirname(CLI), '..'),
    env: { ...process.env, WORKLOG_DESK_DATA_DIR: dataDir, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: CliRun = { args, code: null, stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (d: string) => (run.stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (run.stderr += d));
  const exited = new Promise<CliRun>((resolve) => child.on('close', (code) => resolve({ ...run, code })));
  return { child, run, exited };
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('cli: sync, history, worklogs against the fake Jira and Tempo', () => {
  let worldA: FakeWorld;
  let worldB: FakeWorld;
  let jiraA: FakeJira;
  let jiraB: FakeJira;
  let tempo: FakeTempo;
  let tmp: ReturnType<typeof makeTempDir>;
  let cli: ReturnType<typeof createCliRunner>;
  /** Runs started with startCli, for the token check at the end. */
  const signalled: CliRun[] = [];

  beforeAll(async () => {
    worldA = generateWorld({ seed: 7, from: '2026-11-01', to: '2026-11-30', worklogs: 300, users: 12 });
    worldB = generateWorld({ seed: 8, from: '2026-11-01', to: '2026-11-30', worklogs: 200 });
    jiraA = await startFakeJira({ users: [SYNC_USER], world: worldA });
    jiraB = await startFakeJira({ users: [{ ...SYNC_USER }], world: worldB, pathPrefix: '/jira' });
    tempo = await startFakeTempo({ tokens: [TEMPO_TOKEN], world: worldA, jiraUrl: jiraA.url });
    tmp = makeTempDir('wd-cli-sync-');
    cli = createCliRunner(tmp.dir);
  });
  afterAll(async () => {
    await Promise.all([jiraA?.close(), jiraB?.close(), tempo?.close()]);
    tmp?.cleanup();
  });

  const json = <T>(r: CliRun): T => JSON.parse(r.stdout) as T;
  const worklogsJson = async (extra: string[] = []): Promise<CliWorklog[]> => {
    const r = await cli.run(['worklogs', ...RANGE, '--json', ...extra]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    return json<CliWorklog[]>(r);
  };
  const expectedAll = (): Key[] =>
    [...expectedKeys(worldA, 'alpha', 'tempo'), ...expectedKeys(worldB, 'beta', 'jira')].sort();

  it('adds a Tempo instance and a Jira-only instance', async () => {
    const alpha = await cli.run(
      ['instance', 'add', '--name', 'alpha', '--url', jiraA.url, '--email', SYNC_USER.email, '--token-stdin', '--tempo-token-stdin', '--tempo-url', tempo.url],
      { stdin: `${JIRA_TOKEN}\n${TEMPO_TOKEN}\n` },
    );
    expect(alpha.code, alpha.stderr).toBe(0);
    const beta = await cli.run(['instance', 'add', '--name', 'beta', '--url', jiraB.url, '--email', SYNC_USER.email, '--token-stdin'], { stdin: `${JIRA_TOKEN}\n` });
    expect(beta.code, beta.stderr).toBe(0);
  });

  it('syncs both: exit 0, the summary as the only thing on stdout, progress lines on stderr', async () => {
    const r = await cli.run(['sync', ...RANGE, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const summary = json<CliSummary>(r);
    expect(summary).toMatchObject({ ok: true, from: FROM, to: TO });
    const expected = expectedAll();
    expect(summary.instances.map((i) => [i.instance, i.source, i.status, i.error])).toEqual([
      ['alpha', 'tempo', 'ok', null],
      ['beta', 'jira', 'ok', null],
    ]);
    for (const i of summary.instances) {
      expect(i.counts.inserted).toBe(expected.filter((k) => k.startsWith(`${i.instance}|`)).length);
      expect(i.counts).toMatchObject({ updated: 0, deleted: 0 });
      expect(i.requests).toBeGreaterThan(0);
    }

    // Not a TTY: plain lines, each naming its instance; never an error line.
    const progress = lines(r.stderr);
    expect(progress.length).toBeGreaterThan(4);
    for (const line of progress) expect(line).toMatch(/^(alpha|beta): /);
    expect(progress).toEqual(expect.arrayContaining(['alpha: starting (Tempo)', 'beta: starting (Jira only)']));
    expect(progress).toEqual(expect.arrayContaining([expect.stringMatching(/^alpha: worklogs [\d,]+ fetched…$/), expect.stringMatching(/^beta: worklogs [\d,]+ fetched…$/)]));
    expect(progress.filter((l) => l.includes(': done — '))).toHaveLength(2);
  });

  it('worklogs --json holds exactly the world’s worklogs of the range, by local date, with every field', async () => {
    const got = await worklogsJson();
    expect(got.map((w) => key(w.instance, w.sourceId, w.date, w.seconds)).sort()).toEqual(expectedAll());
    for (const w of got) expect(Object.keys(w)).toEqual(expect.arrayContaining(WORKLOG_FIELDS));

    // Issue, parent and epic exactly as the world's hierarchy says, for every row.
    for (const w of got) {
      const h = hierarchy(w.instance === 'alpha' ? worldA : worldB, w.issueId);
      expect([w.issueKey, w.parentKey, w.epicKey], `${w.instance} ${w.sourceId}`).toEqual([h.issue.key, h.parentKey, h.epicKey]);
    }
    // And the three shapes the brief names, each present in the data.
    const world = (w: CliWorklog): FakeWorld => (w.instance === 'alpha' ? worldA : worldB);
    const underEpic = got.find((w) => hierarchy(world(w), w.issueId).issue.type.hierarchyLevel === 0 && w.epicKey !== null);
    const subTaskOfEpic = got.find((w) => hierarchy(world(w), w.issueId).issue.type.subtask && w.epicKey !== null);
    const noEpic = got.find((w) => hierarchy(world(w), w.issueId).issue.parentId === null);
    expect(underEpic && subTaskOfEpic && noEpic).toBeTruthy();
    if (!underEpic || !subTaskOfEpic || !noEpic) return;
    expect(underEpic.parentKey).toBe(underEpic.epicKey); // a story's parent is its epic
    expect(underEpic.epicName).toMatch(/^Epic \d+: /);
    const parent = hierarchy(world(subTaskOfEpic), hierarchy(world(subTaskOfEpic), subTaskOfEpic.issueId).issue.parentId ?? '');
    expect(subTaskOfEpic.parentKey).toBe(parent.issue.key);
    expect(subTaskOfEpic.epicKey).toBe(parent.epicKey); // the epic is the parent's parent
    expect(subTaskOfEpic.parentName).toBe(parent.issue.summary);
    expect(noEpic).toMatchObject({ parentKey: null, parentName: null, epicKey: null, epicName: null });

    // Names keep their accents and emoji.
    const names = new Set(got.map((w) => w.authorName));
    for (const u of worldA.users) if (got.some((w) => w.instance === 'alpha' && w.authorName === u.displayName)) expect(names).toContain(u.displayName);
    expect([...names].some((n) => n?.includes('🚀'))).toBe(true);

    // Filters: one instance, one author.
    const betaOnly = await worklogsJson(['--instance', 'BETA']);
    expect(betaOnly.length).toBe(got.filter((w) => w.instance === 'beta').length);
    const author = worldA.users[5]?.accountId ?? '';
    const byAuthor = await worklogsJson(['--author', author]);
    expect(byAuthor.length).toBe(got.filter((w) => (w as unknown as { authorAccountId: string }).authorAccountId === author).length);
    expect(byAuthor.length).toBeGreaterThan(0);
  });

  it('worklogs prints an aligned table and a total line', async () => {
    const r = await cli.run(['worklogs', ...RANGE, '--instance', 'alpha']);
    expect(r.code, r.stderr).toBe(0);
    const out = lines(r.stdout);
    const inRange = worldA.worklogs.filter((w) => localDate(w) >= FROM && localDate(w) <= TO);
    const hours = (inRange.reduce((s, w) => s + w.timeSpentSeconds, 0) / 3600).toLocaleString('en-US', { maximumFractionDigits: 2 });
    const people = new Set(inRange.map((w) => w.authorAccountId)).size;
    expect(out.at(-1)).toBe(`${inRange.length} worklogs · ${hours} h · ${people} people`);
    expect(out[0]).toMatch(/^DATE\s+INSTANCE\s+ISSUE\s+HOURS\s+AUTHOR\s+SUMMARY$/);
    const rows = out.slice(1, -2);
    expect(rows).toHaveLength(inRange.length);
    expect(rows.some((row) => row.includes('🚀'))).toBe(true);
    // Whatever the accents and emoji in the author column, the summaries start in the same terminal column.
    const summaryAt = (out[0] ?? '').indexOf('SUMMARY');
    for (const row of rows) {
      expect(row).toMatch(/^\d{4}-\d{2}-\d{2} {2}alpha\s+[A-Z]+-\d+\s+[\d.]+ h {2}/);
      expect(displayWidth(row.slice(0, row.search(/(Story|Sub-task) \d+/)))).toBe(summaryAt);
    }
  });

  it('worklogs marks with * the Jira-only rows whose day is the reader’s (author’s zone hidden) and says why under the total', async () => {
    const r = await cli.run(['worklogs', ...RANGE, '--instance', 'beta']);
    expect(r.code, r.stderr).toBe(0);
    const out = lines(r.stdout);
    const hidden = new Set(worldB.users.filter((u) => u.zoneHidden).map((u) => u.displayName));
    const rows = out.slice(1, -3);
    const marked = rows.filter((row) => /^\d{4}-\d{2}-\d{2}\* /.test(row));
    expect(marked.length).toBeGreaterThan(0);
    // Exactly the rows of authors hiding their zone.
    for (const row of rows) expect(/^\d{4}-\d{2}-\d{2}\* /.test(row), row).toBe([...hidden].some((name) => row.includes(name)));
    expect(out.at(-1)).toBe("* Day in your time zone: the author's time zone is hidden in Jira.");
  });

  it('a second sync changes nothing: 0 inserted, 0 updated, 0 deleted', async () => {
    const r = await cli.run(['sync', ...RANGE, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const summary = json<CliSummary>(r);
    expect(summary.ok).toBe(true);
    for (const i of summary.instances) expect(i.counts, i.instance).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
    for (const i of summary.instances) expect(i.issuesRefreshed, i.instance).toBe(0);
    expect((await worklogsJson()).length).toBe(expectedAll().length);
  });

  it('sync history has one row per instance per run, newest first', async () => {
    const r = await cli.run(['sync', 'history', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const runs = json<Array<{ runId: string; instanceName: string; status: string; from: string; to: string; counts: Record<string, number> }>>(r);
    expect(runs).toHaveLength(4);
    const byRun = new Map<string, string[]>();
    for (const run of runs) byRun.set(run.runId, [...(byRun.get(run.runId) ?? []), run.instanceName]);
    expect([...byRun.values()].map((names) => names.sort())).toEqual([
      ['alpha', 'beta'],
      ['alpha', 'beta'],
    ]);
    expect(runs.every((run) => run.status === 'ok' && run.from === FROM && run.to === TO)).toBe(true);
    expect(runs.slice(0, 2).every((run) => run.counts.inserted === 0)).toBe(true);

    const limited = await cli.run(['sync', 'history', '--json', '--limit', '1']);
    expect(json<unknown[]>(limited)).toHaveLength(1);
    const table = await cli.run(['sync', 'history']);
    expect(table.code).toBe(0);
    expect(lines(table.stdout)[0]).toMatch(/^STARTED\s+INSTANCE\s+SOURCE\s+RANGE\s+STATUS\s+FETCHED\s+INSERTED\s+UPDATED\s+DELETED\s+ISSUES REFRESHED\s+REQUESTS\s+ERROR$/);
    expect(lines(table.stdout)).toHaveLength(5);
    expect(lines(table.stdout)[1]).toMatch(new RegExp(`(alpha|beta)\\s+(Tempo|Jira)\\s+${FROM} – ${TO}\\s+ok\\s`));
  });

  it('a re-sync after issues were renamed in Jira says how many issues it refreshed, and the new names are stored', async () => {
    const inRange = (world: FakeWorld): FakeIssue => {
      const ids = new Set(world.worklogs.filter((w) => localDate(w) >= FROM && localDate(w) <= TO).map((w) => w.issueId));
      const found = world.issues.find((i) => ids.has(i.id) && i.type.hierarchyLevel === 0);
      if (!found) throw new Error('no story with worklogs in the range');
      return found;
    };
    const a = inRange(worldA);
    const b = inRange(worldB);
    issueOps(worldA).rename(a.id, 'Renamed in Jira — Zoë’s café ✓');
    issueOps(worldB).rename(b.id, 'Umbenannt — Ærø 🚀');

    const r = await cli.run(['sync', ...RANGE]);
    expect(r.code, r.stderr).toBe(0);
    const out = lines(r.stdout);
    const header = out.find((l) => l.startsWith('INSTANCE'));
    expect(header).toMatch(/^INSTANCE\s+SOURCE\s+STATUS\s+FETCHED\s+INSERTED\s+UPDATED\s+DELETED\s+ISSUES REFRESHED\s+REQUESTS\s+TIME$/);
    // Not a full refresh: exactly the renamed issue, on each instance.
    for (const name of ['alpha', 'beta']) expect(out.find((l) => l.startsWith(name))).toMatch(/\sok\s+[\d,]+\s+0\s+[1-9][\d,]*\s+0\s+1\s+\d+\s/);

    const got = await worklogsJson();
    expect(got.filter((w) => w.instance === 'alpha' && w.issueId === a.id).every((w) => w.issueSummary === 'Renamed in Jira — Zoë’s café ✓')).toBe(true);
    expect(got.filter((w) => w.instance === 'beta' && w.issueId === b.id).every((w) => w.issueSummary === 'Umbenannt — Ærø 🚀')).toBe(true);
    expect(got.some((w) => w.issueSummary === 'Umbenannt — Ærø 🚀')).toBe(true);
    const history = json<Array<{ instanceName: string; issuesRefreshed: number }>>(await cli.run(['sync', 'history', '--json', '--limit', '2']));
    expect(history.map((h) => [h.instanceName, h.issuesRefreshed]).sort()).toEqual([
      ['alpha', 1],
      ['beta', 1],
    ]);
  });

  it('a failing instance: exit 1, its error in plain words on stderr, the other instance still ok', async () => {
    tempo.state.tokens.length = 0; // the Tempo token is revoked after it was saved
    try {
      const r = await cli.run(['sync', ...RANGE, '--json']);
      expect(r.code).toBe(1);
      const summary = json<CliSummary>(r);
      expect(summary.ok).toBe(false);
      const [alpha, beta] = summary.instances;
      expect(alpha).toMatchObject({ instance: 'alpha', status: 'failed', error: { code: 'auth' } });
      expect(beta).toMatchObject({ instance: 'beta', status: 'ok', error: null });
      const errors = lines(r.stderr).filter((l) => l.startsWith('error:'));
      expect(errors).toEqual([`error: alpha failed: ${alpha?.error?.message.replace(/\.$/, '')}.`]);
      expect(errors[0]).toMatch(/Tempo/);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(lines(r.stderr).at(-1)).toMatch(/^error: /);

      const human = await cli.run(['sync', ...RANGE]);
      expect(human.code).toBe(1);
      expect(human.stdout).toMatch(/^Sync of 2026-11-03 – 2026-11-20: 1 of 2 instances did not finish\.$/m);
      expect(human.stdout).toMatch(/^alpha\s+Tempo\s+failed\s/m);
      expect(human.stdout).toMatch(/^beta\s+Jira\s+ok\s/m);
      expect(human.stdout).toMatch(/^alpha: failed — .*Tempo/m);
    } finally {
      tempo.state.tokens.push(TEMPO_TOKEN);
    }
    // The failed instance kept what it had.
    expect((await worklogsJson()).length).toBe(expectedAll().length);
  });

  it('Ctrl-C cancels the sync cleanly: exit 130, every unfinished instance recorded as cancelled', async () => {
    // Slow answers keep the sync running long enough to interrupt it mid-way.
    tempo.faults.inject({ kind: 'delay', ms: 4000 }, { times: Infinity });
    jiraB.faults.inject({ kind: 'delay', ms: 4000 }, { times: Infinity });
    try {
      const started = Date.now();
      const p = startCli(['sync', ...RANGE, '--json'], tmp.dir);
      await until(() => /alpha: reading worklogs/.test(p.run.stderr) && /beta: searching Jira/.test(p.run.stderr), 15_000, 'the sync to start');
      p.child.kill('SIGINT');
      const r = await p.exited;
      signalled.push(r);
      expect(r.code, r.stderr).toBe(130);
      expect(Date.now() - started).toBeLessThan(4000 + 5000); // it did not wait for the slow answers to finish the sync
      const summary = json<CliSummary>(r);
      expect(summary.ok).toBe(false);
      expect(summary.instances.map((i) => [i.instance, i.status])).toEqual([
        ['alpha', 'cancelled'],
        ['beta', 'cancelled'],
      ]);
      expect(r.stderr).toContain('Cancelling…');
      expect(lines(r.stderr).at(-1)).toMatch(/^error: Sync cancelled with Ctrl-C/);
    } finally {
      tempo.faults.clear();
      jiraB.faults.clear();
    }
    const history = json<Array<{ status: string; error: { code: string } | null }>>(await cli.run(['sync', 'history', '--json', '--limit', '2']));
    expect(history.map((h) => [h.status, h.error?.code])).toEqual([
      ['cancelled', 'cancelled'],
      ['cancelled', 'cancelled'],
    ]);
    expect(fs.existsSync(path.join(tmp.dir, 'sync.lock'))).toBe(false);
    expect((await worklogsJson()).length).toBe(expectedAll().length);
  });

  it('sync status: nothing running, the last run of each instance', async () => {
    const r = await cli.run(['sync', 'status', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const status = json<{ running: boolean; owner: string | null; latest: Array<{ instanceName: string; status: string }> }>(r);
    expect(status).toMatchObject({ running: false, owner: null });
    expect(status.latest.map((l) => [l.instanceName, l.status]).sort()).toEqual([
      ['alpha', 'cancelled'],
      ['beta', 'cancelled'],
    ]);
    const human = await cli.run(['sync', 'status']);
    expect(lines(human.stdout)[0]).toBe('No sync is running.');
  });

  it('worklogs delete removes a range of one instance, and says how many', async () => {
    const before = await worklogsJson();
    const doomed = before.filter((w) => w.instance === 'beta' && w.date <= '2026-11-05').length;
    expect(doomed).toBeGreaterThan(0);
    const r = await cli.run(['worklogs', 'delete', '--from', FROM, '--to', '2026-11-05', '--instance', 'beta']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Deleted ${doomed} stored worklogs of "beta" from ${FROM} – 2026-11-05\\.`));
    const after = await worklogsJson();
    expect(after.length).toBe(before.length - doomed);
    expect(after.some((w) => w.instance === 'beta' && w.date <= '2026-11-05')).toBe(false);

    const bad = await cli.run(['worklogs', 'delete', '--from', '2026-11-05', '--to', FROM]);
    expect(bad.code).toBe(2);
    expect((await worklogsJson()).length).toBe(after.length);
  });

  it('sync clear-cache drops every worklog without asking a script, and keeps the instances', async () => {
    const stored = (await worklogsJson()).length;
    const r = await cli.run(['sync', 'clear-cache']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`Dropped ${stored} synced worklogs and the cached Jira issues and people. Instances and settings are kept.\n`);
    expect(await worklogsJson()).toEqual([]);
    const list = await cli.run(['instance', 'list', '--json']);
    expect(json<Array<{ name: string }>>(list).map((i) => i.name)).toEqual(['alpha', 'beta']);
    // The history stays: 3 good syncs (one after renames), 2 with a failing instance, 1 cancelled — two instances each.
    expect(json<unknown[]>(await cli.run(['sync', 'history', '--json']))).toHaveLength(12);
  });

  it('rejects bad command lines with exit 2 and unknown instances with the names that exist', async () => {
    const bad = [
      ['sync'],
      ['sync', '--from', '2026-11-31', '--to', '2026-12-01'],
      ['sync', '--from', TO, '--to', FROM],
      ['sync', '--from', FROM],
      ['sync', '--this-month', '--from', FROM, '--to', TO],
      ['sync', '--this-week', '--last-month'],
      ['worklogs', '--from', '11/03/2026', '--to', TO],
      ['sync', 'history', '--limit', '0'],
    ];
    // Independent processes that never reach the sync: run them side by side.
    for (const r of await Promise.all(bad.map((args) => cli.run(args)))) {
      const args = r.args;
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(lines(r.stderr), args.join(' ')).toEqual([expect.stringMatching(/^error: .+ — see: npm run --silent cli -- (sync|worklogs|sync history) --help$/)]);
    }
    const unknown = await cli.run(['sync', ...RANGE, '--instance', 'gamma']);
    expect(unknown.code).toBe(1);
    expect(lines(unknown.stderr)).toEqual(['error: No instance called "gamma". Known instances: alpha, beta.']);
  });

  it('no token in any output or anywhere in the data folder', () => {
    expect(listFiles(tmp.dir).length).toBeGreaterThan(1);
    for (const secret of [JIRA_TOKEN, TEMPO_TOKEN]) {
      for (const r of [...cli.transcript, ...signalled]) {
        expect(r.stdout, r.args.join(' ')).not.toContain(secret);
        expect(r.stderr, r.args.join(' ')).not.toContain(secret);
      }
      expect(filesContaining(tmp.dir, secret)).toEqual([]);
    }
  });
});
