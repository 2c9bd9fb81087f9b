// Prints one closing line over both runners, `N passed, N failed, N skipped`, so a reader (or CI)
// sees the whole count at a glance. Fails when a report is missing: a runner that didn't report
// didn't prove anything.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = false;

const [vitestFile, playwrightFile] = process.argv.slice(2);
if (vitestFile && existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
} else missing = true;

const skippedWhy = [];
/** Skipped tests and the reason each gives, so a skip is never silent. */
function collectSkips(suite, titles = []) {
  for (const child of suite.suites ?? []) collectSkips(child, [...titles, child.title]);
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      if (t.status !== 'skipped') continue;
      const why = (t.annotations ?? []).filter((a) => a.type === 'skip').map((a) => a.description).join('; ');
      skippedWhy.push(`${[...titles, spec.title].filter(Boolean).join(' › ')} — ${why || 'no reason given'}`);
    }
  }
}

if (playwrightFile && existsSync(playwrightFile)) {
  const p = JSON.parse(readFileSync(playwrightFile, 'utf8'));
  passed += p.stats.expected;
  // A test that passed only on a retry is counted as failed: flakiness is a bug.
  failed += p.stats.unexpected + (p.stats.flaky ?? 0);
  skipped += p.stats.skipped;
  for (const suite of p.suites ?? []) collectSkips(suite, [suite.title]);
} else missing = true;

for (const line of skippedWhy) console.log(`skipped: ${line}`);

if (missing) console.error('test summary: a test report is missing (did a runner crash?)');
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(missing || failed > 0 ? 1 : 0);
