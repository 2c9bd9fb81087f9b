import type { Command } from 'commander';
import { Option } from 'commander';
import type { GroupBy } from '../../shared/domain/explorer.js';
import { CLI_INVOCATION, usageError } from './cli-error.js';
import { withCore } from './core-session.js';
import type { RangeOptions } from './date-range-options.js';
import { addRangeOptions, resolveRange } from './date-range-options.js';
import { createOutput } from './output.js';
import { collect, resolveInstances } from './resolve-instances.js';
import { formatReport } from './report-format.js';

const BY: readonly GroupBy[] = ['person', 'epic', 'project', 'issue', 'day'];

interface ReportOptions extends RangeOptions {
  by: GroupBy;
  instance?: string[];
  project?: string[];
  author?: string[];
  text?: string;
  team?: boolean;
  json?: boolean;
}

/** `report`: stored worklogs grouped with subtotals — the explorer's own query, offline. */
export function registerReportCommand(program: Command): void {
  addRangeOptions(program.command('report').description('hours per person, epic, project, issue or day over a date range (offline: run sync first)'), 'report')
    .addOption(new Option('--by <dimension>', 'what to group by').choices(BY).default('person'))
    .option('--instance <name>', 'only this instance (repeat for several)', collect)
    .option('--project <key>', 'only this project key (repeat for several)', collect)
    .option('--author <accountId>', 'only this Atlassian account id (repeat for several)', collect)
    .option('--text <words>', 'only worklogs whose issue key, summary or comment contains this (any case, accents optional)')
    .option('--team', 'only members of "my team"')
    .option('--json', 'print machine-readable JSON on stdout (and nothing else there): an array of groups')
    .addHelpText(
      'after',
      `\nDates are the day each worklog was logged for, in its author's own time zone; both ends are included.\n` +
        `--json: [{key, label, seconds, count, people, instanceId}], biggest first (--by day: in date order). key is the account id,\n` +
        `epic key, project key, issue key or date; null for worklogs without an epic (or project).\n` +
        `\nExamples:\n  ${CLI_INVOCATION} report --by epic --last-month\n  ${CLI_INVOCATION} report --by person --from 2026-11-01 --to 2026-11-30 --instance alpha --json\n`,
    )
    .action(async (opts: ReportOptions) => {
      const range = await resolveRange(opts, 'report');
      if (opts.text !== undefined && opts.text.length > 200) throw usageError('--text is too long (at most 200 characters).', 'report');
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core }) => {
        const { runExplorerQuery } = await import('../core/explorer/explorer-query.js');
        // Instances are resolved only when named: a report of an empty folder is simply empty.
        const instanceIds = opts.instance?.length ? resolveInstances(core, opts.instance).map((r) => r.id) : undefined;
        const clean = (xs: string[] | undefined): string[] => [...new Set((xs ?? []).map((x) => x.trim()).filter(Boolean))];
        const projects = clean(opts.project);
        const authors = clean(opts.author);
        const { groups, totals } = runExplorerQuery(core.db, {
          ...range,
          groupBy: opts.by,
          ...(instanceIds ? { instanceIds } : {}),
          ...(projects.length ? { projectKeys: projects } : {}),
          ...(authors.length ? { authorAccountIds: authors } : {}),
          ...(opts.text?.trim() ? { text: opts.text } : {}),
          ...(opts.team ? { teamOnly: true } : {}),
        });
        out.result(formatReport(groups, totals, opts.by, range), groups);
      });
    });
}
