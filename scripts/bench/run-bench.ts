import { randomUUID } from 'node:crypto';
import { DEFAULT_LIMITS } from '../../main/core/http/http-client.js';
import { TEMPO_WORKLOGS_LIMIT } from '../../main/core/tempo/tempo-sync-client.js';
import type { SyncProgress, SyncRunView } from '../../shared/domain/sync.js';
import { BenchSession } from './bench-session.js';
import type { BenchCredentials } from './bench-session.js';
import type { FakeHostConfig } from './fake-host-protocol.js';
import type { FakeHost } from './fake-host-client.js';
import { startFakeHost } from './fake-host-client.js';
import type { MemoryPeaks } from './memory-sampler.js';
import { collectGarbage, startMemorySampler } from './memory-sampler.js';
import { tempoFirstSyncInFreshProcess } from './memory-probe-client.js';
import type { MinimumRequests } from './minimum-requests.js';
import type { PauseCheck } from './pause-check.js';
import { checkPause } from './pause-check.js';
import type { RequestCounts, SeenRequest } from './request-counts.js';
import { countRequests, hydrationOf, totalOf } from './request-counts.js';
import type { RequestTimes } from './timed-fetch.js';

export interface BenchOptions {
  worklogs: number;
  issues: number;
  people: number;
  /** Added to every request the fakes answer. */
  latencyMs: number;
  /** Also sync the Tempo path at twice the worklogs and compare memory peaks. */
  memoryCheck: boolean;
  seed: number;
  /** Progress lines (the CLI writes them to stderr). */
  log: (line: string) => void;
}

export const DEFAULT_BENCH_OPTIONS: Readonly<Omit<BenchOptions, 'log'>> = { worklogs: 10_000, issues: 2_000, people: 50, latencyMs: 20, memoryCheck: false, seed: 2026 };

/** A fixed month, so runs on different days are comparable. Every generated worklog falls in it. */
export const BENCH_RANGE = { from: '2026-11-01', to: '2026-11-30' } as const;

/** Issues renamed in Jira before the last two re-syncs. */
export const RENAMED_ISSUES = 50;

/** Retry-After the short run's 429s carry, in seconds. */
const RETRY_AFTER_S = 1;

export type WithTotals = RequestCounts & { total: number; hydration: number };

export interface RunFigures {
  id: string;
  name: string;
  path: 'tempo' | 'jira';
  kind: 'fresh' | 'resync' | 'renamed';
  status: SyncRunView['status'];
  error: string | null;
  /** What the source returned (SyncRunView.counts.fetched). */
  worklogs: number;
  counts: SyncRunView['counts'];
  requests: WithTotals;
  minimum: WithTotals;
  /** requests.total / minimum.total (1 when both are 0). */
  ratio: number;
  requestsPerWorklog: number;
  /** ceil(worklogs / 100) + ceil(issuesRefreshed / 100): the most hydration requests a sync without per-worklog (or per-issue) requests makes. */
  hydrationLimit: number;
  /** Issues the run read again because Jira reported them changed (SyncRunView.issuesRefreshed). */
  issuesRefreshed: number;
  /** What the core counted for the run (SyncRunView.requests); equals requests.total when nothing else ran. */
  engineRequests: number;
  wallMs: number;
  worklogsPerSecond: number;
  /** The least wall time the per-host limits allow for these requests (busiest host). */
  limitFloorMs: number;
  /** Summed time from send to last byte, per kind of request (overlaps when concurrent). */
  requestTimeMs: RequestTimes;
  memory: MemoryPeaks & {
    /** Memory-check runs only: V8 heap in use after each Tempo page was written, after a forced GC. */
    liveHeapAfterPagesBytes: number[];
  };
}

export interface MemoryPoint {
  worklogs: number;
  peakRssBytes: number;
  peakHeapUsedBytes: number;
  liveHeapAfterPagesBytes: number[];
}

export interface BenchReport {
  generatedAt: string;
  node: string;
  platform: string;
  options: Omit<BenchOptions, 'log'>;
  range: { from: string; to: string };
  limits: typeof DEFAULT_LIMITS;
  runs: RunFigures[];
  memoryCheck: null | {
    servedPageSize: number;
    base: MemoryPoint;
    double: MemoryPoint;
    heapGrowth: number;
    rssGrowth: number;
    /** Growth of the largest live heap after a page: what "bounded by page size" is judged on. */
    liveHeapGrowth: number;
  };
  /** Issues renamed in Jira before runs (g) and (h). */
  renamedIssues: number;
  retryAfter: {
    worklogs: number;
    retryAfterSeconds: number;
    statuses: Array<{ instance: string; status: SyncRunView['status']; error: string | null }>;
    checks: PauseCheck[];
    /** Summed over hosts: the figure the issue asks to be 0. */
    sentWhilePaused: number;
    retries: number;
    pausedMs: number;
  };
  targets: Array<{ name: string; target: string; actual: string; met: boolean }>;
}

const withTotals = (c: RequestCounts): WithTotals => ({ ...c, total: totalOf(c), hydration: hydrationOf(c) });

/** Per-host spacing alone: n requests on a host need (n - 1) intervals; the busiest host bounds the run. */
function limitFloorMs(requests: readonly SeenRequest[]): number {
  const perHost = { jira: 0, tempo: 0 };
  for (const r of requests) perHost[r.server] += 1;
  const floor = (n: number, rps: number): number => (n > 1 ? ((n - 1) * 1000) / rps : 0);
  return Math.max(floor(perHost.jira, DEFAULT_LIMITS.jira.requestsPerSecond), floor(perHost.tempo, DEFAULT_LIMITS.tempo.requestsPerSecond));
}

function runOf(summaryRuns: SyncRunView[], instanceId: string): SyncRunView {
  const run = summaryRuns.find((r) => r.instanceId === instanceId);
  if (!run) throw new Error(`bench: the sync summary has no run for instance ${instanceId}`);
  return run;
}

async function measure(
  id: string,
  name: string,
  session: BenchSession,
  fakes: FakeHost,
  path: 'tempo' | 'jira',
  kind: 'fresh' | 'resync' | 'renamed',
  minimum: MinimumRequests,
  livePerPage = false,
  renamed = 0,
): Promise<RunFigures> {
  const instance = session.instances[0];
  if (!instance) throw new Error('bench: the session has no instance');
  const sampler = startMemorySampler(50);
  // The sampled peak includes garbage V8 has not collected yet, and V8 lets more of it pile up on
  // bigger runs. The live heap after each written page (forced GC) is what the sync really keeps.
  const live: number[] = [];
  const unsubscribe = livePerPage
    ? session.core.events.subscribe((name, payload) => {
        const p = payload as SyncProgress;
        if (name !== 'sync.progress' || p.phase !== 'worklogs' || p.done === 0) return;
        collectGarbage();
        live.push(process.memoryUsage().heapUsed);
      })
    : () => undefined;
  // Instance verification happened before this: only requests that arrive from here on count.
  const since = Date.now();
  const started = performance.now();
  const summary = await session.sync(BENCH_RANGE.from, BENCH_RANGE.to, [instance.id]);
  const wallMs = performance.now() - started;
  unsubscribe();
  const memory = { ...sampler.stop(), liveHeapAfterPagesBytes: live };
  const until = Date.now();
  const requests = (await fakes.requests()).filter((r) => r.at >= since && r.at <= until);
  const run = runOf(summary.runs, instance.id);
  const counts = withTotals(countRequests(requests));
  // Renamed issues: the quiet re-sync plus their bulkfetch (100 per request).
  const min = withTotals(kind === 'fresh' ? minimum.fresh : kind === 'resync' ? minimum.resync : { ...minimum.resync, bulkfetch: Math.ceil(renamed / 100) });
  const worklogs = run.counts.fetched;
  return {
    id,
    name,
    path,
    kind,
    status: run.status,
    error: run.error?.message ?? null,
    worklogs,
    counts: run.counts,
    requests: counts,
    minimum: min,
    ratio: min.total === 0 ? (counts.total === 0 ? 1 : Number.POSITIVE_INFINITY) : counts.total / min.total,
    requestsPerWorklog: worklogs === 0 ? 0 : counts.total / worklogs,
    hydrationLimit: Math.ceil(worklogs / 100) + Math.ceil(run.issuesRefreshed / 100),
    issuesRefreshed: run.issuesRefreshed,
    engineRequests: run.requests,
    wallMs,
    worklogsPerSecond: wallMs > 0 ? (worklogs * 1000) / wallMs : 0,
    limitFloorMs: limitFloorMs(requests),
    requestTimeMs: { ...session.times },
    memory,
  };
}

function credentials(): BenchCredentials {
  return { email: 'bench-lead@example.com', jiraToken: `ATATT-bench-${randomUUID()}`, tempoToken: `tempo-bench-${randomUUID()}` };
}

function hostConfig(o: Omit<BenchOptions, 'log'>, creds: BenchCredentials, overrides: { worklogs?: number; issues?: number; people?: number; tempoPageLimit?: number | null } = {}): FakeHostConfig {
  return {
    world: {
      seed: o.seed,
      users: overrides.people ?? o.people,
      issues: overrides.issues ?? o.issues,
      worklogs: overrides.worklogs ?? o.worklogs,
      projects: 3,
      ...BENCH_RANGE,
    },
    latencyMs: o.latencyMs,
    tempoPageLimit: overrides.tempoPageLimit ?? null,
    lead: { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Bench Lead', email: creds.email },
    jiraToken: creds.jiraToken,
    tempoToken: creds.tempoToken,
  };
}

/** Runs `fn` with resources that are always released, newest first, even when it throws. */
async function withResources<T>(fn: (keep: <R extends { close?: () => Promise<void>; dispose?: () => Promise<void> }>(r: R) => R) => Promise<T>): Promise<T> {
  const held: Array<() => Promise<void>> = [];
  const keep = <R extends { close?: () => Promise<void>; dispose?: () => Promise<void> }>(r: R): R => {
    const release = r.dispose ?? r.close;
    if (release) held.push(() => release.call(r));
    return r;
  };
  try {
    return await fn(keep);
  } finally {
    for (const release of held.reverse()) await release().catch(() => undefined);
  }
}

/** Opens a fresh data folder with one instance of `path` over `fakes`. */
async function session(fakes: FakeHost, path: 'tempo' | 'jira', creds: BenchCredentials, keep: <R extends { dispose: () => Promise<void> }>(r: R) => R): Promise<BenchSession> {
  const s = keep(BenchSession.open(fakes, `wd-bench-${path}-`));
  await s.addInstance(`bench-${path}`, path, creds);
  return s;
}

/**
 * (a) Tempo path and (b) Jira-only path on fresh data folders, (c) and (d) their re-syncs with
 * nothing changed, optionally (e) the Tempo path at twice the worklogs, and a short run with one
 * 429 Retry-After on each host. Limits and retry policy are the app's defaults.
 */
export async function runBench(options: Partial<BenchOptions> = {}): Promise<BenchReport> {
  const o: Omit<BenchOptions, 'log'> = {
    worklogs: options.worklogs ?? DEFAULT_BENCH_OPTIONS.worklogs,
    issues: options.issues ?? DEFAULT_BENCH_OPTIONS.issues,
    people: options.people ?? DEFAULT_BENCH_OPTIONS.people,
    latencyMs: options.latencyMs ?? DEFAULT_BENCH_OPTIONS.latencyMs,
    memoryCheck: options.memoryCheck ?? DEFAULT_BENCH_OPTIONS.memoryCheck,
    seed: options.seed ?? DEFAULT_BENCH_OPTIONS.seed,
  };
  const log = options.log ?? (() => undefined);
  const fmt = (n: number): string => n.toLocaleString('en-US');
  const runs: RunFigures[] = [];
  // Tiny worlds (tests) have fewer issues with worklogs than that.
  const renamedIssues = Math.min(RENAMED_ISSUES, Math.floor(o.issues / 2));

  await withResources(async (keep) => {
    const creds = credentials();
    log(`Generating ${fmt(o.worklogs)} worklogs over ${fmt(o.issues)} issues and ${fmt(o.people)} people; starting fake Jira + Tempo (${o.latencyMs} ms latency)…`);
    const fakes = keep(await startFakeHost(hostConfig(o, creds)));
    const tempo = await session(fakes, 'tempo', creds, keep);
    const jira = await session(fakes, 'jira', creds, keep);
    const step = async (id: string, name: string, s: BenchSession, path: 'tempo' | 'jira', kind: 'fresh' | 'resync' | 'renamed'): Promise<void> => {
      log(`(${id}) ${name}…`);
      const r = await measure(id, name, s, fakes, path, kind, fakes.minimum[path], false, kind === 'renamed' ? renamedIssues : 0);
      log(`(${id}) ${r.status}: ${fmt(r.worklogs)} worklogs, ${fmt(r.requests.total)} requests in ${(r.wallMs / 1000).toFixed(2)} s`);
      runs.push(r);
    };
    await step('a', 'Tempo path, first sync', tempo, 'tempo', 'fresh');
    await step('b', 'Jira-only path, first sync', jira, 'jira', 'fresh');
    // A new core on the same folder: only what SQLite kept can save requests, as after a restart.
    tempo.reopen();
    jira.reopen();
    await step('c', 'Tempo path, re-sync (nothing changed)', tempo, 'tempo', 'resync');
    await step('d', 'Jira-only path, re-sync (nothing changed)', jira, 'jira', 'resync');
    log(`Renaming ${renamedIssues} issues with worklogs in the range in the fake Jira…`);
    await fakes.renameIssues(renamedIssues);
    await step('g', `Tempo path, re-sync (${renamedIssues} issues renamed)`, tempo, 'tempo', 'renamed');
    await step('h', `Jira-only path, re-sync (${renamedIssues} issues renamed)`, jira, 'jira', 'renamed');
  });

  let memoryCheck: BenchReport['memoryCheck'] = null;
  if (o.memoryCheck) {
    // Each size in a process of its own: RSS rarely shrinks, so a run after others would inherit
    // their peak and hide (or fake) growth. Same world settings, only the worklog count differs.
    log(`(e) Memory check: Tempo path, first sync of ${fmt(o.worklogs)} worklogs in a fresh process…`);
    const single = { ...(await tempoFirstSyncInFreshProcess(o, o.worklogs)), id: 'e', name: 'Tempo path, first sync, fresh process' };
    log(`(f) Memory check: Tempo path, first sync of ${fmt(o.worklogs * 2)} worklogs in a fresh process…`);
    const double = { ...(await tempoFirstSyncInFreshProcess(o, o.worklogs * 2)), id: 'f', name: 'Tempo path, first sync, 2× worklogs, fresh process' };
    runs.push(single, double);
    const point = (r: RunFigures): MemoryPoint => ({
      worklogs: r.worklogs,
      peakRssBytes: r.memory.peakRssBytes,
      peakHeapUsedBytes: r.memory.peakHeapUsedBytes,
      liveHeapAfterPagesBytes: r.memory.liveHeapAfterPagesBytes,
    });
    const maxLive = (r: RunFigures): number => Math.max(0, ...r.memory.liveHeapAfterPagesBytes);
    memoryCheck = {
      servedPageSize: TEMPO_WORKLOGS_LIMIT,
      base: point(single),
      double: point(double),
      heapGrowth: double.memory.peakHeapUsedBytes / single.memory.peakHeapUsedBytes - 1,
      rssGrowth: double.memory.peakRssBytes / single.memory.peakRssBytes - 1,
      liveHeapGrowth: maxLive(single) > 0 ? maxLive(double) / maxLive(single) - 1 : 0,
    };
  }

  const retryAfter = await runRetryAfter(o, log);
  const report: BenchReport = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    options: o,
    range: { ...BENCH_RANGE },
    limits: DEFAULT_LIMITS,
    runs,
    memoryCheck,
    retryAfter,
    renamedIssues,
    targets: [],
  };
  report.targets = targetsOf(report);
  return report;
}

/** One Tempo-path first sync of `worklogs` on its own fakes and data folder: the memory probe's job. */
export async function tempoFirstSync(o: Omit<BenchOptions, 'log'>, worklogs: number): Promise<RunFigures> {
  return withResources(async (keep) => {
    const creds = credentials();
    const fakes = keep(await startFakeHost(hostConfig(o, creds, { worklogs })));
    const s = await session(fakes, 'tempo', creds, keep);
    return measure('e', 'Tempo path, first sync', s, fakes, 'tempo', 'fresh', fakes.minimum.tempo, true);
  });
}

/**
 * A short sync of both instances at once over one fake Jira (so they share its pause) with small
 * Tempo pages, and one 429 Retry-After: 1 half-way through on Tempo and on Jira.
 */
async function runRetryAfter(o: Omit<BenchOptions, 'log'>, log: (line: string) => void): Promise<BenchReport['retryAfter']> {
  return withResources(async (keep) => {
    const creds = credentials();
    const worklogs = Math.min(o.worklogs, 1_000);
    log(`Retry-After run: ${worklogs.toLocaleString('en-US')} worklogs, one 429 Retry-After: ${RETRY_AFTER_S} on each host mid-run…`);
    const fakes = keep(
      await startFakeHost(hostConfig(o, creds, { worklogs, issues: Math.min(o.issues, 200), people: Math.min(o.people, 20), tempoPageLimit: 100 })),
    );
    const s = keep(BenchSession.open(fakes, 'wd-bench-retry-'));
    const tempoInstance = await s.addInstance('bench-tempo', 'tempo', creds);
    const jiraInstance = await s.addInstance('bench-jira', 'jira', creds);
    const { tempo, jira } = fakes.minimum;
    // Half-way through what each host must answer, counted from now (verification is over).
    const tempoNth = Math.max(2, Math.ceil(tempo.fresh.sourcePages / 2));
    const jiraNth = Math.max(2, Math.floor((totalOf(jira.fresh) + hydrationOf(tempo.fresh)) / 2));
    await fakes.rateLimit([
      { server: 'tempo', pathPrefix: '/4/worklogs', nth: tempoNth, retryAfterSeconds: RETRY_AFTER_S },
      { server: 'jira', pathPrefix: '/rest/api/3/', nth: jiraNth, retryAfterSeconds: RETRY_AFTER_S },
    ]);
    const statsBefore = s.core.http.stats();
    const since = Date.now();
    const summary = await s.sync(BENCH_RANGE.from, BENCH_RANGE.to);
    const requests = (await fakes.requests()).filter((r) => r.at >= since);
    const stats = s.core.http.stats();
    const checks = [checkPause('tempo', requests, RETRY_AFTER_S * 1000), checkPause('jira', requests, RETRY_AFTER_S * 1000)];
    const statuses = [tempoInstance, jiraInstance].map((i) => {
      const run = runOf(summary.runs, i.id);
      return { instance: i.name, status: run.status, error: run.error?.message ?? null };
    });
    log(`Retry-After run: ${statuses.map((x) => `${x.instance} ${x.status}`).join(', ')}; requests sent to a paused host: ${checks.reduce((n, c) => n + c.sentWhilePaused, 0)}`);
    return {
      worklogs,
      retryAfterSeconds: RETRY_AFTER_S,
      statuses,
      checks,
      sentWhilePaused: checks.reduce((n, c) => n + c.sentWhilePaused, 0),
      retries: stats.retries - statsBefore.retries,
      pausedMs: stats.pausedMs - statsBefore.pausedMs,
    };
  });
}

function targetsOf(r: BenchReport): BenchReport['targets'] {
  const out: BenchReport['targets'] = [];
  const run = (id: string): RunFigures | undefined => r.runs.find((x) => x.id === id);
  const a = run('a');
  if (a) {
    out.push({
      name: `Tempo path: ${a.worklogs.toLocaleString('en-US')} worklogs, first sync`,
      target: 'under 10 s at the default limits',
      actual: `${(a.wallMs / 1000).toFixed(2)} s`,
      met: a.status === 'ok' && a.wallMs < 10_000,
    });
  }
  const resyncs = [run('c'), run('d')].filter((x): x is RunFigures => x !== undefined);
  out.push({
    name: 'Re-sync with nothing changed: requests',
    target: '≤ 3 requests per instance',
    actual: resyncs.map((x) => `(${x.id}) ${x.requests.total}`).join(', '),
    met: resyncs.length > 0 && resyncs.every((x) => x.requests.total <= 3),
  });
  const renamed = [
    [run('g'), run('c')],
    [run('h'), run('d')],
  ].filter((p): p is [RunFigures, RunFigures] => p[0] !== undefined && p[1] !== undefined);
  const n = r.renamedIssues;
  out.push({
    name: `Re-sync with ${n} renamed issues`,
    target: `all ${n} refreshed, ≤ nothing-changed + ⌈${n}/100⌉ requests`,
    actual: renamed.map(([x, quiet]) => `(${x.id}) ${x.issuesRefreshed} refreshed, ${x.requests.total} = ${quiet.requests.total} + ${x.requests.total - quiet.requests.total}`).join('; '),
    met: renamed.length > 0 && renamed.every(([x, quiet]) => x.status === 'ok' && x.issuesRefreshed === n && x.requests.total <= quiet.requests.total + Math.ceil(n / 100)),
  });
  out.push({
    name: 'Re-sync with nothing changed',
    target: 'no Jira hydration requests (bulkfetch, user/bulk)',
    actual: resyncs.map((x) => `(${x.id}) ${x.requests.hydration}`).join(', '),
    met: resyncs.length > 0 && resyncs.every((x) => x.requests.hydration === 0),
  });
  for (const x of r.runs) {
    out.push({
      name: `(${x.id}) requests / minimum`,
      target: '≤ 1.5',
      actual: `${x.requests.total} / ${x.minimum.total} = ${x.ratio.toFixed(2)}`,
      met: x.ratio <= 1.5,
    });
  }
  out.push({
    name: 'No per-worklog requests',
    target: 'hydration requests ≤ ceil(worklogs / 100) in every run',
    actual: r.runs.map((x) => `(${x.id}) ${x.requests.hydration} ≤ ${x.hydrationLimit}`).join(', '),
    met: r.runs.every((x) => x.requests.hydration <= x.hydrationLimit),
  });
  const fired = r.retryAfter.checks.every((c) => c.rateLimited >= 1);
  out.push({
    name: 'Retry-After honoured',
    target: 'requests sent to a paused host: 0 (both syncs still end ok)',
    actual: `${r.retryAfter.sentWhilePaused}${fired ? '' : ' (a planned 429 never fired)'}; ${r.retryAfter.statuses.map((s) => `${s.instance} ${s.status}`).join(', ')}`,
    met: fired && r.retryAfter.sentWhilePaused === 0 && r.retryAfter.statuses.every((s) => s.status === 'ok'),
  });
  out.push({
    name: 'Every run ended ok',
    target: 'status ok',
    actual: r.runs.map((x) => `(${x.id}) ${x.status}`).join(', '),
    met: r.runs.every((x) => x.status === 'ok'),
  });
  return out;
}
