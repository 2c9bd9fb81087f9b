import type { Command } from 'commander';
import { CLI_INVOCATION, usageError } from './cli-error.js';
import { withCore } from './core-session.js';
import type { RangeOptions } from './date-range-options.js';
import { addRangeOptions, rangeText, resolveRange } from './date-range-options.js';
import { createOutput } from './output.js';
import { collect, resolveInstances } from './resolve-instances.js';
import { formatWorklogTable } from './worklogs-format.js';

const JSON_HELP = 'print machine-readable JSON on stdout (and nothing else there)';
const examples = (lines: string[]): string => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;

const WORKLOG_FIELDS =
  'instance, instanceId, source, sourceId, issueId, issueKey, issueSummary, issueType, projectKey, projectName, ' +
  'authorAccountId, authorName, date, started, seconds, comment, parentKey, parentName, epicKey, epicName';

/** `worklogs …`: read (and delete) what syncs stored. Reading never touches the network. */
export function registerWorklogsCommands(program: Command): void {
  const worklogs = addRangeOptions(program.command('worklogs').description('list the stored worklogs of a date range (offline: run sync first)'), 'list')
    .option('--instance <name>', 'only this instance (repeat for several)', collect)
    .option('--author <accountId>', 'only this Atlassian account id (repeat for several)', collect)
    .option('--json', `${JSON_HELP}: an array of worklogs`)
    .addHelpText(
      'after',
      `\nDates are the day each worklog was logged for, in its author's own time zone.\n` +
        `--json fields (null where none): ${WORKLOG_FIELDS}.\n` +
        examples([`${CLI_INVOCATION} worklogs --last-month`, `${CLI_INVOCATION} worklogs --from 2026-11-01 --to 2026-11-30 --instance alpha --json`]),
    )
    .action(async (opts: RangeOptions & { instance?: string[]; author?: string[]; json?: boolean }) => {
      const range = await resolveRange(opts, 'worklogs');
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core }) => {
        const { listWorklogs } = await import('../core/worklogs/worklog-query.js');
        const instanceIds = opts.instance?.length ? resolveInstances(core, opts.instance).map((r) => r.id) : undefined;
        const authors = [...new Set((opts.author ?? []).map((a) => a.trim()).filter(Boolean))];
        const list = listWorklogs(core.db, { ...range, ...(instanceIds ? { instanceIds } : {}), ...(authors.length ? { authorAccountIds: authors } : {}) });
        out.result(formatWorklogTable(list, range, process.stdout.isTTY ? process.stdout.columns : undefined), list);
      });
    });

  worklogs
    .command('delete')
    .description('delete the stored worklogs of a date range (from this computer only; Jira and Tempo are untouched)')
    .option('--from <date>', 'first day, YYYY-MM-DD (inclusive)')
    .option('--to <date>', 'last day, YYYY-MM-DD (inclusive)')
    .option('--instance <name>', 'only this instance (default: all)')
    .option('--json', `${JSON_HELP}: {deleted, from, to, instance}`)
    .addHelpText('after', examples([`${CLI_INVOCATION} worklogs delete --from 2026-11-01 --to 2026-11-30 --instance alpha`]))
    .action(async (opts: { from?: string; to?: string; instance?: string; json?: boolean }) => {
      // No presets here on purpose: a deletion names its days.
      if (opts.from === undefined || opts.to === undefined) {
        throw usageError('Say which days to delete: --from YYYY-MM-DD --to YYYY-MM-DD.', 'worklogs delete');
      }
      const range = await resolveRange({ from: opts.from, to: opts.to }, 'worklogs delete');
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core, call }) => {
        const row = opts.instance === undefined ? null : (resolveInstances(core, [opts.instance])[0] ?? null);
        const { deleted } = await call('worklogs.deleteRange', { ...range, instanceId: row?.id ?? null });
        const where = row ? ` of "${row.name}"` : '';
        out.result(
          `Deleted ${deleted.toLocaleString('en-US')} stored worklog${deleted === 1 ? '' : 's'}${where} from ${rangeText(range.from, range.to)}. Jira and Tempo are unchanged; sync again to fetch them back.`,
          { deleted, ...range, instance: row?.name ?? null },
        );
      });
    });
}
