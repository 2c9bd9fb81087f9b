import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { GroupBy, RowSort } from '../../shared/domain/explorer.js';
import type { ExportFormat, WorklogColumn } from '../../shared/domain/export.js';
import { CLI_INVOCATION, CliError, usageError } from './cli-error.js';
import { withCore } from './core-session.js';
import type { RangeOptions } from './date-range-options.js';
import { addRangeOptions, resolveRange } from './date-range-options.js';
import { createOutput } from './output.js';
import { collect, resolveInstances } from './resolve-instances.js';

const BY: readonly GroupBy[] = ['person', 'epic', 'project', 'issue', 'day'];
const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];
/** The table's column names; "hours" for the sort too (the contract calls it "seconds"). */
const SORTS: Record<string, RowSort> = { date: 'date', hours: 'seconds', author: 'author', issue: 'issue', project: 'project', epic: 'epic' };
const COLUMNS = 'date,issue,summary,epic,project,author,instance,hours,comment';

interface ExportOptions extends RangeOptions {
  out: string;
  format?: ExportFormat;
  by?: GroupBy;
  instance?: string[];
  project?: string[];
  epic?: string[];
  author?: string[];
  text?: string;
  team?: boolean;
  sort: string;
  desc?: boolean;
  columns?: string;
  force?: boolean;
  json?: boolean;
}

/**
 * `npm run` starts scripts in the package folder; INIT_CWD is where the user typed the command,
 * so `--out report.xlsx` lands where they expect.
 */
const resolveOut = (file: string): string => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

function formatOf(opts: ExportOptions, file: string): ExportFormat {
  const ext = path.extname(file).slice(1).toLowerCase();
  if (opts.format) return opts.format;
  if (ext === 'xlsx' || ext === 'csv') return ext;
  throw usageError('Say which format: --format xlsx or --format csv (or name the file .xlsx or .csv).', 'export');
}

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** `export`: the Worklogs view as a file — the app's own export code, offline. */
export function registerExportCommand(program: Command): void {
  addRangeOptions(program.command('export').description('write stored worklogs of a date range to an Excel (.xlsx) or CSV file (offline: run sync first)'), 'export')
    .requiredOption('--out <file>', 'the file to write (.xlsx or .csv)')
    .addOption(new Option('--format <format>', 'xlsx or csv (default: from the --out name)').choices(FORMATS))
    .addOption(new Option('--by <dimension>', 'group the rows (and add a Summary sheet to an .xlsx)').choices(BY))
    .option('--instance <name>', 'only this instance (repeat for several)', collect)
    .option('--project <key>', 'only this project key (repeat for several)', collect)
    .option('--epic <key>', 'only this epic key, or "none" for worklogs without an epic (repeat for several)', collect)
    .option('--author <accountId>', 'only this Atlassian account id (repeat for several)', collect)
    .option('--text <words>', 'only worklogs whose issue key, summary or comment contains this (any case, accents optional)')
    .option('--team', 'only members of "my team"')
    .addOption(new Option('--sort <column>', 'row order').choices(Object.keys(SORTS)).default('date'))
    .option('--desc', 'sort descending (newest, most hours, Z first)')
    .option('--columns <list>', `columns in order, comma-separated (default: all of ${COLUMNS})`)
    .option('--force', 'replace --out if it exists (never done without it)')
    .option('--json', 'print {path, rows, groups} as JSON on stdout (and nothing else there)')
    .addHelpText(
      'after',
      `\nDates are the day each worklog was logged for, in its author's own time zone. Hours are decimal numbers.\n` +
        `XLSX: a Worklogs sheet (real dates and numbers, frozen header, filters), a Summary sheet when grouped, an About sheet.\n` +
        `CSV: UTF-8 with a BOM, comma-separated, ISO dates; text starting with = + - @ gets a leading ' so spreadsheets don't run it.\n` +
        `\nExamples:\n  ${CLI_INVOCATION} export --last-month --out november.xlsx\n` +
        `  ${CLI_INVOCATION} export --from 2026-11-01 --to 2026-11-30 --by epic --format csv --out by-epic.csv --instance alpha\n`,
    )
    .action(async (opts: ExportOptions) => {
      const range = await resolveRange(opts, 'export');
      const file = resolveOut(opts.out);
      const format = formatOf(opts, file);
      const columns = (opts.columns ?? COLUMNS).split(',').map((c) => c.trim().toLowerCase()).filter(Boolean) as WorklogColumn[];
      const unknown = columns.filter((c) => !COLUMNS.split(',').includes(c));
      if (unknown.length) throw usageError(`--columns: no column called ${unknown.map((c) => `"${c}"`).join(', ')}. Choose from ${COLUMNS}.`, 'export');
      if (fs.existsSync(file)) {
        if (fs.statSync(file).isDirectory()) throw new CliError(`${file} is a folder: give --out a file name.`, { code: 'validation' });
        if (!opts.force) throw new CliError(`${file} already exists and was left as it is. Pass --force to replace it, or choose another --out.`, { code: 'conflict' });
      }
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core }) => {
        const { explorerExportInputSchema } = await import('../../shared/domain/export.js');
        const { validationMessage } = await import('../core/dispatch.js');
        const instanceIds = opts.instance?.length ? resolveInstances(core, opts.instance).map((r) => r.id) : undefined;
        const clean = (xs: string[] | undefined): string[] => [...new Set((xs ?? []).map((x) => x.trim()).filter(Boolean))];
        const epics = clean(opts.epic).map((k) => (k.toLowerCase() === 'none' ? null : k));
        const parsed = explorerExportInputSchema.safeParse({
          query: {
            ...range,
            ...(instanceIds ? { instanceIds } : {}),
            ...(clean(opts.project).length ? { projectKeys: clean(opts.project) } : {}),
            ...(epics.length ? { epicKeys: epics } : {}),
            ...(clean(opts.author).length ? { authorAccountIds: clean(opts.author) } : {}),
            ...(opts.text?.trim() ? { text: opts.text } : {}),
            ...(opts.team ? { teamOnly: true } : {}),
          },
          groupBy: opts.by ?? 'none',
          sort: { by: SORTS[opts.sort] ?? 'date', dir: opts.desc ? 'desc' : 'asc' },
          columns,
          format,
        });
        if (!parsed.success) throw usageError(validationMessage(parsed.error).replace(/^columns(\.\d+)?: /, '--columns: '), 'export');
        const written = await core.services.exports.writeExport(parsed.data, { path: file, replace: opts.force === true }, (p) =>
          out.progress(`Exporting… ${p.done.toLocaleString('en-US')} of ${p.total.toLocaleString('en-US')} worklogs`),
        );
        const grouped = written.groups > 0 ? ` in ${plural(written.groups, 'group', 'groups')}` : '';
        out.result(`Exported ${plural(written.rows, 'worklog', 'worklogs')}${grouped} to ${written.path}`, { path: written.path, rows: written.rows, groups: written.groups });
      });
    });
}
