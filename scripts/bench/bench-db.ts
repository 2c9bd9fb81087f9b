/**
 * Explorer query benchmark (`npm run bench:db`): generates a database of 1,000,000 worklogs in a
 * temporary data folder and times each query a Worklogs page issues — one month, "my team" of 50,
 * grouped five ways, with and without a text filter; a sorted page of 200 rows; the row count; the
 * facets. Prints median and p95 per query and writes bench-results/bench-db.json.
 *
 *   tsx scripts/bench/bench-db.ts [--worklogs N] [--runs N] [--keep] [--out FILE]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExplorerFilter, GroupBy } from '../../shared/domain/explorer.js';
import { GROUP_BY } from '../../shared/domain/explorer.js';
import { runExplorerQuery } from '../../main/core/explorer/explorer-query.js';
import { countRows, listRows } from '../../main/core/explorer/explorer-rows.js';
import { explorerFacets } from '../../main/core/explorer/facets.js';
import { openDatabase } from '../../main/core/store/open-database.js';
import { DEFAULT_DB_WORLD, fillDbWorld } from './bench-db-world.js';
import { table } from './bench-format.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUDGET_MS = 100;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

function main(): void {
  const worklogs = Number(arg('--worklogs') ?? DEFAULT_DB_WORLD.worklogs);
  const runs = Number(arg('--runs') ?? 15);
  const out = arg('--out') ?? path.join(ROOT, 'bench-results', 'bench-db.json');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wd-bench-db-'));
  try {
    let t = performance.now();
    const db = openDatabase(dir);
    const world = fillDbWorld(db, { worklogs });
    const generateMs = performance.now() - t;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const dbBytes = fs.statSync(path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.sqlite') || f.endsWith('.db')) ?? '')).size;
    console.log(`Generated ${worklogs.toLocaleString('en-US')} worklogs in ${(generateMs / 1000).toFixed(1)} s; database ${(dbBytes / 1024 / 1024).toFixed(1)} MB.`);

    const month: ExplorerFilter = { from: '2026-06-01', to: '2026-06-30', teamOnly: true };
    const monthExplicit: ExplorerFilter = { from: '2026-06-01', to: '2026-06-30', authorAccountIds: world.teamAccountIds };
    const withText: ExplorerFilter = { ...month, text: 'cafe' };
    const cases: Array<[string, () => unknown]> = [];
    for (const groupBy of GROUP_BY as readonly GroupBy[]) {
      cases.push([`groups+totals by ${groupBy} (team)`, () => runExplorerQuery(db, { ...month, groupBy })]);
      cases.push([`groups+totals by ${groupBy} (team, text "cafe")`, () => runExplorerQuery(db, { ...withText, groupBy })]);
    }
    cases.push(['groups+totals by person (50 author ids)', () => runExplorerQuery(db, { ...monthExplicit, groupBy: 'person' })]);
    cases.push(['groups+totals by issue (all people)', () => runExplorerQuery(db, { from: month.from, to: month.to, groupBy: 'issue' })]);
    cases.push(['rows: page 1 of 200 by date', () => listRows(db, month, { limit: 200 })]);
    cases.push(['rows: page 50 of 200 by seconds desc', () => listRows(db, month, { offset: 49 * 200, limit: 200, sort: { by: 'seconds', dir: 'desc' } })]);
    cases.push(['rows: page 1 of 200 by author', () => listRows(db, month, { limit: 200, sort: { by: 'author', dir: 'asc' } })]);
    cases.push(['rows: page 1 of 200 (text "cafe")', () => listRows(db, withText, { limit: 200 })]);
    cases.push(['rows: count', () => countRows(db, month)]);
    cases.push(['rows: count (text "cafe")', () => countRows(db, withText)]);
    cases.push(['facets of the month', () => explorerFacets(db, month)]);

    const results = cases.map(([name, fn]) => {
      fn(); // warm-up: prepares the statement and loads the pages, like a second visit to the page
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        t = performance.now();
        fn();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return { name, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), maxMs: times[times.length - 1] ?? NaN };
    });
    const monthRows = countRows(db, month);
    const ms = (n: number): string => n.toFixed(1);
    console.log(`\nOne month (${month.from} – ${month.to}), team of ${world.teamAccountIds.length}: ${monthRows.toLocaleString('en-US')} worklogs; ${runs} runs each.\n`);
    console.log(table(['query', 'median ms', 'p95 ms', `< ${BUDGET_MS} ms`], results.map((r) => [r.name, ms(r.medianMs), ms(r.p95Ms), r.p95Ms < BUDGET_MS ? '✓' : '✗'])));
    const report = { at: new Date().toISOString(), node: process.version, worklogs, generateMs, dbBytes, monthRows, runs, budgetMs: BUDGET_MS, results };
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWritten to ${path.relative(ROOT, out)}`);
    db.close();
    const slow = results.filter((r) => r.p95Ms >= BUDGET_MS);
    if (slow.length > 0) {
      console.error(`${slow.length} quer${slow.length === 1 ? 'y misses' : 'ies miss'} the ${BUDGET_MS} ms budget.`);
      process.exitCode = 1;
    }
  } finally {
    if (!process.argv.includes('--keep')) fs.rmSync(dir, { recursive: true, force: true });
    else console.log(`Kept ${dir}`);
  }
}

main();
