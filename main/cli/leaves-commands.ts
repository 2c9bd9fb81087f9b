import type { Command } from 'commander';
import type { AppCore } from '../core/app-core.js';
import type { LeavesServices } from '../core/leaves/leaves-services.js';
import { CLI_INVOCATION } from './cli-error.js';
import { withCore } from './core-session.js';
import type { RangeOptions } from './date-range-options.js';
import { addRangeOptions, resolveRange } from './date-range-options.js';
import { formatHoursTable, formatLeaves } from './leaves-format.js';
import { createOutput } from './output.js';

const JSON_HELP = 'print machine-readable JSON on stdout (and nothing else there)';
const examples = (lines: string[]): string => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;

/**
 * The Factorial and leaves services over the command's core. Loaded lazily (keytar, the leaves
 * modules) so `--help` stays fast; the keychain store registers every secret with the log redactor.
 */
export async function leavesServicesFor(core: AppCore): Promise<LeavesServices> {
  return core.services.leaves;
}

/** `leaves` and `hours`: what Factorial leaves do to expected hours (offline: run `factorial sync` first). */
export function registerLeavesCommands(program: Command): void {
  addRangeOptions(program.command('leaves').description('list the stored Factorial leaves of a date range (offline: run factorial sync first)'), 'list')
    .option('--json', `${JSON_HELP}: an array of {id, employeeId, accountId, from, to, halfDay, type, approved}`)
    .addHelpText('after', `\nPending leaves are listed with approved: false; they do not reduce expected hours.\n` + examples([`${CLI_INVOCATION} leaves --this-month`]))
    .action(async (opts: RangeOptions & { json?: boolean }) => {
      const range = await resolveRange(opts, 'leaves');
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core }) => {
        const services = await leavesServicesFor(core);
        const leaves = services.listLeaves(range);
        const names = new Map(services.mapping.list().map((p) => [p.accountId, p.name]));
        out.result(formatLeaves(leaves, range, names), leaves);
      });
    });

  addRangeOptions(program.command('hours').description('expected against logged hours per person (offline)'), 'report')
    .option('--json', `${JSON_HELP}: an array of {accountId, name, expectedSeconds, loggedSeconds, leaveSeconds, approval?}`)
    .addHelpText(
      'after',
      `\nExpected = working weekdays × daily hours (Mon–Fri, 8 h) − holidays − approved leaves (half for a half day).\n` +
        `Logged time is summed over every instance.\n` +
        `approval (--json, when "my team" follows a Tempo team): the person's Tempo timesheet approval for the range —\n` +
        `open, submitted, approved, rejected, or none (a team member Tempo sent nothing for); absent for people outside the team.\n` +
        examples([`${CLI_INVOCATION} hours --last-month`, `${CLI_INVOCATION} hours --from 2026-11-01 --to 2026-11-30 --json`]),
    )
    .action(async (opts: RangeOptions & { json?: boolean }) => {
      const range = await resolveRange(opts, 'hours');
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core }) => {
        const services = await leavesServicesFor(core);
        const report = services.hoursReport(range);
        // The stored Tempo approval status rides along in JSON only (read offline, like the rest).
        const approvals = core.services.approvals.statusesFor(range.from, range.to, report.map((r) => r.accountId));
        const json = report.map((r) => {
          const a = approvals.get(r.accountId);
          return a ? { ...r, approval: a.status } : r;
        });
        out.result(formatHoursTable(report, range, services.countedThrough()), json);
      });
    });
}
