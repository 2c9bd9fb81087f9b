import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../scripts/bench/bench-format.js';
import type { BenchReport } from '../../scripts/bench/bench-sync.js';
import { parseBenchArgs, runBench, writeReport } from '../../scripts/bench/bench-sync.js';
import type { RequestCounts } from '../../scripts/bench/request-counts.js';
import { buildDemoSites, DEMO_TOKENS } from '../fakes/demo-world.js';
import { localDate } from '../fakes/world.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const KINDS: Array<keyof RequestCounts> = ['sourcePages', 'feedPages', 'issueRefresh', 'bulkfetch', 'userBulk', 'issueWorklogPages', 'schedules', 'other'];

// Real keychain, real SQLite, fakes in child processes: run it as
//   bash scripts/with-keyring.sh npx vitest run test/integration/demo-and-bench.test.ts
describe('bench:sync on a tiny world', () => {
  let report: BenchReport;
  const tmp = makeTempDir('wd-bench-test-');
  beforeAll(async () => {
    report = await runBench({ worklogs: 300, issues: 60, people: 6, latencyMs: 0, memoryCheck: true });
  }, 180_000);
  afterAll(() => tmp.cleanup());

  it('measures every run, all ending ok', () => {
    expect(report.runs.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'g', 'h', 'e', 'f']);
    expect(report.runs.map((r) => [r.path, r.kind])).toEqual([
      ['tempo', 'fresh'],
      ['jira', 'fresh'],
      ['tempo', 'resync'],
      ['jira', 'resync'],
      ['tempo', 'renamed'],
      ['jira', 'renamed'],
      ['tempo', 'fresh'],
      ['tempo', 'fresh'],
    ]);
    for (const r of report.runs) expect(r.status, `(${r.id}) ${r.error ?? ''}`).toBe('ok');
    // The limits are the app's defaults, never tuned for the bench.
    expect(report.limits.jira.requestsPerSecond).toBe(10);
    expect(report.limits.tempo.requestsPerSecond).toBe(5);
  });

  it('keeps its figures self-consistent', () => {
    for (const r of report.runs) {
      const id = `(${r.id})`;
      // What the fakes received is what the core counted for the run: nothing else talked to them.
      expect(r.requests.total, id).toBe(r.engineRequests);
      expect(r.requests.other, id).toBe(0);
      for (const kind of KINDS) expect(r.requests[kind], `${id} ${kind}`).toBeGreaterThanOrEqual(r.minimum[kind]);
      expect(r.requests.total, id).toBeGreaterThanOrEqual(r.minimum.total);
      expect(r.requests.total, id).toBe(KINDS.reduce((n, k) => n + r.requests[k], 0));
      expect(r.requests.hydration, id).toBe(r.requests.bulkfetch + r.requests.userBulk);
      expect(r.ratio, id).toBeCloseTo(r.requests.total / r.minimum.total, 10);
      // No request per worklog: hydration batches 100 ids per request.
      expect(r.hydrationLimit, id).toBe(Math.ceil(r.worklogs / 100) + Math.ceil(r.issuesRefreshed / 100));
      expect(r.requests.hydration, id).toBeLessThanOrEqual(r.hydrationLimit);
      expect(r.wallMs, id).toBeGreaterThan(0);
      expect(r.memory.peakRssBytes, id).toBeGreaterThanOrEqual(r.memory.baselineRssBytes);
      expect(r.memory.peakHeapUsedBytes, id).toBeGreaterThan(0);
    }
    const [a, b] = report.runs;
    expect(a?.worklogs).toBe(300);
    expect(b?.counts.inserted).toBeGreaterThan(0);
  });

  it('re-syncs with nothing changed make no hydration requests', () => {
    for (const r of report.runs.filter((x) => x.kind === 'resync')) {
      expect(r.requests.hydration, `(${r.id})`).toBe(0);
      expect(r.counts, `(${r.id})`).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
    }
    expect(report.targets.find((t) => t.name === 'Re-sync with nothing changed')?.met).toBe(true);
  });

  it('re-syncs count their requests: ≤ 3 per instance unchanged, one more bulkfetch for the renamed issues', () => {
    const byId = new Map(report.runs.map((r) => [r.id, r]));
    for (const [renamed, quiet] of [
      ['g', 'c'],
      ['h', 'd'],
    ] as const) {
      const q = byId.get(quiet);
      const x = byId.get(renamed);
      expect(q?.requests.total, `(${quiet})`).toBeLessThanOrEqual(3);
      expect(q?.requests.issueRefresh, `(${quiet})`).toBe(1);
      expect(q?.issuesRefreshed, `(${quiet})`).toBe(0);
      expect(x?.issuesRefreshed, `(${renamed})`).toBe(report.renamedIssues);
      expect(x?.requests.total, `(${renamed})`).toBe((q?.requests.total ?? 0) + 1);
      expect(x?.requests.bulkfetch, `(${renamed})`).toBe(1);
    }
    expect(report.renamedIssues).toBe(30);
    expect(report.targets.find((t) => t.name === 'Re-sync with nothing changed: requests')?.met).toBe(true);
    expect(report.targets.find((t) => t.name === 'Re-sync with 30 renamed issues')?.met).toBe(true);
  });

  it('sends nothing to a host while its Retry-After pause lasts', () => {
    const ra = report.retryAfter;
    expect(ra.sentWhilePaused).toBe(0);
    expect(ra.checks.map((c) => c.server)).toEqual(['tempo', 'jira']);
    for (const c of ra.checks) {
      expect(c.rateLimited, c.server).toBe(1);
      expect(c.sentWhilePaused, c.server).toBe(0);
      // The next request waits out Retry-After (same clock as the fake's timestamps; 1 ms of rounding).
      expect(c.nextRequestAfterMs, c.server).toBeGreaterThanOrEqual(ra.retryAfterSeconds * 1000 - 1);
    }
    expect(ra.statuses.map((s) => s.status)).toEqual(['ok', 'ok']);
    expect(ra.retries).toBeGreaterThanOrEqual(2);
  });

  it('compares memory peaks at 1× and 2× the worklogs', () => {
    const m = report.memoryCheck;
    expect(m).not.toBeNull();
    expect(m?.double.worklogs).toBe(2 * (m?.base.worklogs ?? 0));
    expect(m?.base.peakHeapUsedBytes).toBeGreaterThan(0);
    expect(m?.heapGrowth).toBeCloseTo((m?.double.peakHeapUsedBytes ?? 0) / (m?.base.peakHeapUsedBytes ?? 1) - 1, 10);
    // One live-heap figure per Tempo page written (tiny worlds: one page each).
    expect(m?.base.liveHeapAfterPagesBytes.length).toBeGreaterThanOrEqual(1);
    expect(m?.double.liveHeapAfterPagesBytes.every((b) => b > 0)).toBe(true);
  });

  it('prints a table and writes the same figures as JSON', () => {
    const text = formatReport(report);
    for (const r of report.runs) expect(text).toContain(`(${r.id}) ${r.name}`);
    expect(text).toContain('requests sent to a paused host: 0');
    const file = path.join(tmp.dir, 'bench-results', 'bench-sync.json');
    writeReport(report, file);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(report)));
  });
});

describe('bench:sync arguments', () => {
  it('reads the flags and refuses nonsense', () => {
    expect(parseBenchArgs(['--worklogs', '300', '--issues=60', '--people', '6', '--latency', '0', '--memory-check']).options).toEqual({
      worklogs: 300,
      issues: 60,
      people: 6,
      latencyMs: 0,
      memoryCheck: true,
    });
    expect(() => parseBenchArgs(['--worklogs', 'many'])).toThrow(/--worklogs needs a whole number/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/Unknown option "--fast"/);
  });
});

describe('demo worlds', () => {
  it('are deterministic, recent and shaped as promised', () => {
    const today = new Date(2026, 10, 27, 12, 0);
    const a = buildDemoSites(today);
    const b = buildDemoSites(today);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const { acme, globex } = a;
    expect(acme.world.users).toHaveLength(12);
    expect(acme.world.projects).toHaveLength(3);
    expect(acme.world.worklogs.length).toBeGreaterThanOrEqual(2_400);
    expect(acme.world.issues.some((i) => i.type.hierarchyLevel === 1)).toBe(true);
    expect(acme.tempoToken).toBe(DEMO_TOKENS.acmeTempo);
    expect(globex.world.users).toHaveLength(6);
    expect(globex.world.worklogs.length).toBeGreaterThanOrEqual(750);
    expect(globex.tempoToken).toBeNull();
    for (const site of [acme, globex]) {
      const dates = site.world.worklogs.map(localDate).sort();
      expect(dates[0]! >= site.range.from && dates.at(-1)! <= site.range.to).toBe(true);
      expect(site.range.to).toBe('2026-11-27');
      // Weekdays only: a team lead's week, not a generator's.
      expect(dates.every((d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()))).toBe(true);
      expect(site.world.users.some((u) => /[^\x20-\x7e]/.test(u.displayName))).toBe(true);
      // Issue keys use the site's own project keys.
      const keys = new Set(site.world.projects.map((p) => p.key));
      expect(site.world.issues.every((i) => keys.has(i.key.split('-')[0] ?? ''))).toBe(true);
    }
    // Different people on different sites.
    const acmeIds = new Set(acme.world.users.map((u) => u.accountId));
    expect(globex.world.users.some((u) => acmeIds.has(u.accountId))).toBe(false);
  });
});
