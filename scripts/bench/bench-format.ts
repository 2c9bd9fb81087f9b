import type { BenchReport, RunFigures } from './run-bench.js';

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;

/** A plain-text table; by default the first column is left-aligned and the rest (figures) right-aligned. */
export function table(header: string[], rows: string[][], align: Array<'left' | 'right'> = header.map((_, i) => (i === 0 ? 'left' : 'right'))): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (align[i] === 'right' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const label = (r: RunFigures): string => `(${r.id}) ${r.name}`;

function requestsTable(runs: RunFigures[]): string {
  return table(
    ['run', 'worklogs', 'source pages', 'change feed', 'issue check', 'issues refreshed', 'bulkfetch', 'user/bulk', 'issue worklog pages', 'schedules', 'other', 'total', 'minimum', 'ratio', 'req/worklog', 'hydration ≤ ⌈n/100⌉ + ⌈refreshed/100⌉'],
    runs.map((r) => [
      label(r),
      int(r.worklogs),
      `${r.requests.sourcePages} (${r.minimum.sourcePages})`,
      `${r.requests.feedPages} (${r.minimum.feedPages})`,
      `${r.requests.issueRefresh} (${r.minimum.issueRefresh})`,
      int(r.issuesRefreshed),
      `${r.requests.bulkfetch} (${r.minimum.bulkfetch})`,
      `${r.requests.userBulk} (${r.minimum.userBulk})`,
      `${r.requests.issueWorklogPages} (${r.minimum.issueWorklogPages})`,
      String(r.requests.schedules),
      String(r.requests.other),
      int(r.requests.total),
      int(r.minimum.total),
      r.ratio.toFixed(2),
      r.requestsPerWorklog.toFixed(4),
      `${r.requests.hydration} ≤ ${r.hydrationLimit} ${r.requests.hydration <= r.hydrationLimit ? '✓' : '✗'}`,
    ]),
  );
}

function timingTable(runs: RunFigures[]): string {
  return table(
    ['run', 'status', 'wall', 'worklogs/s', 'limit floor', 'Σ source + feed', 'Σ hydration', 'Σ issue worklogs', 'peak RSS', 'peak heap', 'heap before'],
    runs.map((r) => [
      label(r),
      r.status,
      secs(r.wallMs),
      r.worklogs === 0 ? '—' : int(r.worklogsPerSecond),
      secs(r.limitFloorMs),
      secs(r.requestTimeMs.sourcePages + r.requestTimeMs.feedPages),
      secs(r.requestTimeMs.bulkfetch + r.requestTimeMs.userBulk),
      secs(r.requestTimeMs.issueWorklogPages),
      mb(r.memory.peakRssBytes),
      mb(r.memory.peakHeapUsedBytes),
      mb(r.memory.baselineHeapUsedBytes),
    ]),
  );
}

/** What the CLI prints to stdout; the JSON file holds the same figures. */
export function formatReport(r: BenchReport): string {
  const o = r.options;
  const out: string[] = [];
  out.push(
    `Sync benchmark — ${int(o.worklogs)} worklogs, ${int(o.issues)} issues, ${int(o.people)} people, ${o.latencyMs} ms latency per request, range ${r.range.from} – ${r.range.to}`,
    `Limits (the app's defaults): Jira ${r.limits.jira.requestsPerSecond} req/s × ${r.limits.jira.maxConcurrent} concurrent, Tempo ${r.limits.tempo.requestsPerSecond} req/s × ${r.limits.tempo.maxConcurrent} concurrent. Node ${r.node}, ${r.platform}.`,
    '',
    'Requests (as received by the fakes; in brackets the minimum the data and the servers’ paging need). Worklogs: what the source returned.',
    requestsTable(r.runs),
    '',
    'Time and memory (limit floor: the least time the per-host limits allow for these requests; Σ: time spent in requests of that kind, send → last byte)',
    timingTable(r.runs),
  );
  const m = r.memoryCheck;
  if (m) {
    out.push(
      '',
      `Memory check (Tempo path, first sync, each in a fresh process; Tempo pages of ${int(m.servedPageSize)} worklogs):`,
      ...[m.base, m.double].map(
        (p) =>
          `  ${int(p.worklogs).padStart(7)} worklogs: peak RSS ${mb(p.peakRssBytes)}, peak heap ${mb(p.peakHeapUsedBytes)}; live heap after each page (forced GC): ${p.liveHeapAfterPagesBytes.map(mb).join(', ')}`,
      ),
      `  growth at 2× the worklogs: peak heap ${pct(m.heapGrowth)}, peak RSS ${pct(m.rssGrowth)}, largest live heap after a page ${pct(m.liveHeapGrowth)}`,
      '  (sampled peaks include garbage not collected yet, which V8 lets grow on longer runs; the live heap after each page is what the sync keeps)',
    );
  }
  const ra = r.retryAfter;
  out.push(
    '',
    `Retry-After (separate short run: ${int(ra.worklogs)} worklogs, both instances at once, one 429 Retry-After: ${ra.retryAfterSeconds} per host mid-run)`,
    table(
      ['host', '429s sent', 'next request after the 429', 'requests sent to a paused host'],
      ra.checks.map((c) => [c.server, String(c.rateLimited), c.nextRequestAfterMs === null ? '—' : `${int(c.nextRequestAfterMs)} ms`, String(c.sentWhilePaused)]),
    ),
    `  syncs: ${ra.statuses.map((s) => `${s.instance} ${s.status}${s.error ? ` (${s.error})` : ''}`).join(', ')}; retries ${ra.retries}; hosts paused ${int(ra.pausedMs)} ms in total`,
    `  requests sent to a paused host: ${ra.sentWhilePaused}`,
    '',
    'Targets',
    table(
      ['', 'check', 'target', 'actual'],
      r.targets.map((t) => [t.met ? '✓' : '✗', t.name, t.target, t.actual]),
      ['left', 'left', 'left', 'left'],
    ),
  );
  return out.join('\n');
}
