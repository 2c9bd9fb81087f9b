/**
 * Renderer startup benchmark (`npm run bench:paint`): builds the app, fills a data folder with a
 * generated database (1,000,000 worklogs by default, the bench:db world: 3 instances, 50 people in
 * "my team", 2 years ending next month), starts the browser host on it — the same entry as
 * `npm run web` — and loads the Worklogs page (the start page) in headless Chromium, cold each time
 * (a new browser context: no cache, no saved filters). Per load it records, from navigation start:
 * first contentful paint, the first worklog row on screen (the moment it is in the DOM with its text,
 * and the frame after), the largest contentful paint, and the page's API requests (a waterfall of
 * the median load is printed). Writes bench-results/bench-paint.json.
 *
 *   tsx scripts/bench/bench-paint.ts [--worklogs N] [--loads N] [--data-dir DIR] [--no-build] [--group-by G] [--team]
 *
 * --data-dir reuses (or creates and keeps) a data folder, so repeated runs skip the generation.
 * --group-by person|epic|project|issue|day and --team open the page as a lead who chose those last
 * time (saved view settings); by default it opens as on a first start: ungrouped, everyone.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { DATABASE_FILE } from '../../main/core/data-dir.js';
import { openDatabase } from '../../main/core/store/open-database.js';
import { CHROMIUM_ARGS } from '../../playwright.config.js';
import { GROUP_BY } from '../../shared/domain/explorer.js';

/** Where the Worklogs page keeps its view settings (renderer/src/features/worklogs/explorer-store.ts; missing fields take their defaults). */
const VIEW_STORAGE_KEY = 'worklog-desk.worklogs.v1';
import { DEFAULT_DB_WORLD, fillDbWorld } from './bench-db-world.js';
import { startWebHostProcess } from '../../test/helpers/web-host-process.js';
import { table } from './bench-format.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUDGET_MS = 1000;
const CHROMIUM = process.env.WORKLOG_DESK_CHROMIUM ?? '/usr/bin/chromium';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

/** Today's month must be in the generated range: the Worklogs page opens on "this month". */
function worldRange(): { from: string; to: string } {
  const now = new Date();
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 0)); // end of next month
  const from = new Date(Date.UTC(to.getUTCFullYear() - 2, to.getUTCMonth() + 1, 1)); // two years before
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

function prepareDataDir(dir: string, worklogs: number): { generated: boolean; ms: number } {
  if (fs.existsSync(path.join(dir, DATABASE_FILE))) return { generated: false, ms: 0 };
  const t = performance.now();
  const db = openDatabase(dir);
  try {
    fillDbWorld(db, { worklogs, ...worldRange() });
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return { generated: true, ms: performance.now() - t };
}

interface LoadFigures {
  fcp: number;
  firstRowInDom: number;
  firstRowPainted: number;
  lcp: number;
  domContentLoaded: number;
  requests: Array<{ name: string; start: number; end: number; bytes: number }>;
  /** Main-thread CPU time (ms) of the page until the figures were read: all tasks, script, style + layout. */
  cpu: { task: number; script: number; layout: number };
}

/**
 * Runs in the page before any of its scripts: watches for the first data row of the Worklogs table
 * (or the first group, when grouped) with its text, and notes when it entered the DOM and when the
 * frame after it was produced (a task queued from requestAnimationFrame runs after that frame's paint).
 */
const OBSERVE = `(() => {
  const m = (window.__benchPaint = {});
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') m.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) m.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  const first = () => document.querySelector('[role="table"][aria-label="Worklogs"] [role="row"][aria-rowindex="2"], .wl-group__head');
  const mo = new MutationObserver(() => {
    const el = first();
    if (!el || !el.textContent || !el.textContent.trim()) return;
    mo.disconnect();
    m.firstRowInDom = performance.now();
    requestAnimationFrame(() => setTimeout(() => { m.firstRowPainted = performance.now(); }, 0));
  });
  mo.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/** Reads the figures back (a string: this script is type-checked without the DOM library). */
const COLLECT = `(() => {
  const m = window.__benchPaint;
  const nav = performance.getEntriesByType('navigation')[0];
  const requests = performance.getEntriesByType('resource')
    .filter((r) => r.startTime <= m.firstRowPainted)
    .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd, bytes: r.transferSize }));
  return { fcp: m.fcp ?? NaN, firstRowInDom: m.firstRowInDom ?? NaN, firstRowPainted: m.firstRowPainted ?? NaN, lcp: m.lcp ?? NaN, domContentLoaded: nav ? nav.domContentLoadedEventEnd : NaN, requests };
})()`;

async function main(): Promise<void> {
  const worklogs = Number(arg('--worklogs') ?? DEFAULT_DB_WORLD.worklogs);
  const loads = Number(arg('--loads') ?? 5);
  const keep = arg('--data-dir');
  const dataDir = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'wd-bench-paint-'));
  const out = arg('--out') ?? path.join(ROOT, 'bench-results', 'bench-paint.json');
  const groupBy = arg('--group-by') ?? 'none';
  if (groupBy !== 'none' && !(GROUP_BY as readonly string[]).includes(groupBy)) throw new Error(`--group-by takes one of: ${GROUP_BY.join(', ')}.`);
  const teamOnly = process.argv.includes('--team');
  const view = JSON.stringify({ filters: { preset: 'this-month', teamOnly }, groupBy });
  const loadBefore = os.loadavg();

  if (!process.argv.includes('--no-build')) {
    console.log('Building the app (npm run build)…');
    const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('The build failed.');
  }
  const assets = path.join(ROOT, 'dist', 'renderer', 'assets');
  const bundle = fs.readdirSync(assets).map((f) => ({ f, bytes: fs.statSync(path.join(assets, f)).size }));
  const js = bundle.filter((x) => x.f.endsWith('.js')).reduce((s, x) => s + x.bytes, 0);
  const css = bundle.filter((x) => x.f.endsWith('.css')).reduce((s, x) => s + x.bytes, 0);

  const prep = prepareDataDir(dataDir, worklogs);
  const dbBytes = fs.statSync(path.join(dataDir, DATABASE_FILE)).size;
  console.log(
    prep.generated
      ? `Generated ${worklogs.toLocaleString('en-US')} worklogs in ${(prep.ms / 1000).toFixed(1)} s (${(dbBytes / 1024 / 1024).toFixed(0)} MB) in ${dataDir}.`
      : `Reusing ${dataDir} (${(dbBytes / 1024 / 1024).toFixed(0)} MB).`,
  );

  const host = await startWebHostProcess(dataDir, { timeoutMs: 120_000 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const results: LoadFigures[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      await context.addInitScript(OBSERVE);
      if (groupBy !== 'none' || teamOnly) await context.addInitScript(`localStorage.setItem(${JSON.stringify(VIEW_STORAGE_KEY)}, ${JSON.stringify(view)})`);
      const page = await context.newPage();
      // Main-thread CPU time of the page (Chromium's own counters): what a busy machine does not inflate.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(host.url);
      // A function, not a string: the page's CSP forbids eval.
      await page.waitForFunction(
        () => {
          const m = (globalThis as unknown as { __benchPaint: Record<string, number | undefined> }).__benchPaint;
          return m.firstRowPainted !== undefined && m.fcp !== undefined;
        },
        undefined,
        { timeout: 60_000 },
      );
      // LCP settles once the page stops painting bigger things; give it a moment.
      await page.waitForTimeout(300);
      const metrics = new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]));
      const figures = { ...((await page.evaluate(COLLECT)) as Omit<LoadFigures, 'cpu'>), cpu: { task: metrics.get('TaskDuration') ?? NaN, script: metrics.get('ScriptDuration') ?? NaN, layout: (metrics.get('LayoutDuration') ?? 0) + (metrics.get('RecalcStyleDuration') ?? 0) } };
      results.push(figures);
      console.log(`load ${i + 1}: first row ${figures.firstRowPainted.toFixed(0)} ms, FCP ${figures.fcp.toFixed(0)} ms`);
      await context.close();
    }
  } finally {
    await browser.close();
    await host.stop();
    if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const loadAfter = os.loadavg();
  const ms = (n: number): string => n.toFixed(0);
  const metrics: Array<[string, (r: LoadFigures) => number]> = [
    ['first contentful paint', (r) => r.fcp],
    ['DOMContentLoaded', (r) => r.domContentLoaded],
    ['first worklog row in the DOM', (r) => r.firstRowInDom],
    ['first worklog row painted', (r) => r.firstRowPainted],
    ['largest contentful paint', (r) => r.lcp],
    ['page main-thread CPU (all tasks)', (r) => r.cpu.task],
    ['… of which script', (r) => r.cpu.script],
    ['… of which style and layout', (r) => r.cpu.layout],
  ];
  const summary = metrics.map(([name, f]) => ({ name, medianMs: median(results.map(f)), maxMs: Math.max(...results.map(f)) }));
  console.log(
    `\nWorklogs page (this month, ${teamOnly ? 'my team' : 'everyone'}, ${groupBy === 'none' ? 'ungrouped' : `grouped by ${groupBy}`}), cold loads (new browser context each): ${loads}; ${worklogs.toLocaleString('en-US')} worklogs in the database.`,
  );
  console.log(`Bundle: ${(js / 1024).toFixed(0)} KB JS, ${(css / 1024).toFixed(0)} KB CSS (uncompressed).`);
  console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}; load average ${loadBefore.map((x) => x.toFixed(2)).join(' ')} before, ${loadAfter.map((x) => x.toFixed(2)).join(' ')} after.\n`);
  console.log(table(['from navigation start (CPU: until the first row + 300 ms)', 'median ms', 'max ms'], summary.map((s) => [s.name, ms(s.medianMs), ms(s.maxMs)])));

  // The requests of the load closest to the median, in start order: what the first row waited for.
  const med = median(results.map((r) => r.firstRowPainted));
  const typical = results.reduce((a, b) => (Math.abs(b.firstRowPainted - med) < Math.abs(a.firstRowPainted - med) ? b : a));
  console.log(`\nRequests before the first row (load closest to the median):\n`);
  console.log(
    table(
      ['request', 'start ms', 'end ms', 'KB'],
      [...typical.requests].sort((a, b) => a.start - b.start).map((r) => [r.name, ms(r.start), ms(r.end), (r.bytes / 1024).toFixed(1)]),
    ),
  );
  const report = {
    at: new Date().toISOString(),
    node: process.version,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? null, loadBefore, loadAfter },
    worklogs,
    view: { groupBy, teamOnly },
    dbBytes,
    bundle: { jsBytes: js, cssBytes: css },
    budgetMs: BUDGET_MS,
    summary,
    loads: results,
  };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(ROOT, out)}`);
  const firstRow = summary.find((s) => s.name === 'first worklog row painted');
  if (!firstRow || !(firstRow.medianMs < BUDGET_MS)) {
    console.error(`The first worklog row took ${firstRow ? ms(firstRow.medianMs) : '?'} ms (median): over the ${BUDGET_MS} ms budget.`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
