/**
 * `npm run bench:sync`: how many requests, how much time and memory a worklog sync costs, against
 * fake Jira + Tempo at the app's default per-host limits. Needs the keychain (tokens are stored
 * like real ones): `bash scripts/with-keyring.sh npx tsx scripts/bench/bench-sync.ts`.
 *
 *   --worklogs N --issues N --people N --latency MS   world size and per-request latency
 *   --memory-check                                   also sync the Tempo path at 2× the worklogs
 *   --out FILE                                       JSON output (default bench-results/bench-sync.json)
 *
 * Exit code 0 when every target is met, 2 when the bench ran but missed one, 1 when it could not run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport } from './bench-format.js';
import { BenchError } from './bench-session.js';
import type { BenchOptions, BenchReport } from './run-bench.js';
import { DEFAULT_BENCH_OPTIONS, runBench } from './run-bench.js';

export { runBench } from './run-bench.js';
export type { BenchOptions, BenchReport, RunFigures } from './run-bench.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_OUT = path.join(ROOT, 'bench-results', 'bench-sync.json');

export const USAGE = `Usage: npx tsx scripts/bench/bench-sync.ts [--worklogs N] [--issues N] [--people N] [--latency MS] [--memory-check] [--out FILE]

Defaults: --worklogs ${DEFAULT_BENCH_OPTIONS.worklogs} --issues ${DEFAULT_BENCH_OPTIONS.issues} --people ${DEFAULT_BENCH_OPTIONS.people} --latency ${DEFAULT_BENCH_OPTIONS.latencyMs}; JSON goes to bench-results/bench-sync.json.
Tokens go to the OS keychain; on Linux without a desktop session run it as: bash scripts/with-keyring.sh npx tsx scripts/bench/bench-sync.ts`;

export interface BenchArgs {
  options: Partial<Omit<BenchOptions, 'log'>>;
  out: string;
  help: boolean;
}

/** Throws an Error meant for the terminal when an argument makes no sense. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { options: {}, out: DEFAULT_OUT, help: false };
  const numbers = { '--worklogs': 'worklogs', '--issues': 'issues', '--people': 'people', '--latency': 'latencyMs' } as const;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? '';
    const [flag = '', inline] = raw.startsWith('--') && raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, undefined];
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--memory-check') args.options.memoryCheck = true;
    else if (flag === '--out') {
      const value = inline ?? argv[++i];
      if (!value) throw new Error('--out needs a file name.');
      args.out = path.resolve(value);
    } else if (flag in numbers) {
      const value = inline ?? argv[++i];
      const n = Number(value);
      const min = flag === '--latency' ? 0 : 1;
      if (!Number.isInteger(n) || n < min) throw new Error(`${flag} needs a whole number ≥ ${min}, not "${value ?? ''}".`);
      args.options[numbers[flag as keyof typeof numbers]] = n;
    } else throw new Error(`Unknown option "${raw}". Try --help.`);
  }
  return args;
}

export function writeReport(report: BenchReport, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

async function main(): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bench:sync: ${(e as Error).message}\n`);
    return 1;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let report: BenchReport;
  try {
    report = await runBench({ ...args.options, log: (line) => process.stderr.write(`${line}\n`) });
  } catch (e) {
    // The core's own words (e.g. no keychain) are meant for people; anything else is a bug here.
    process.stderr.write(`bench:sync could not run: ${e instanceof BenchError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
  process.stdout.write(`${formatReport(report)}\n`);
  writeReport(report, args.out);
  const shown = path.relative(process.cwd(), args.out);
  process.stderr.write(`Figures written to ${shown.startsWith('..') ? args.out : shown}\n`);
  return report.targets.every((t) => t.met) ? 0 : 2;
}

// Runs only as a script, so the test can import runBench without starting a bench.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`bench:sync failed: ${String(e)}\n`);
      process.exit(1);
    },
  );
}
