import type { Command } from 'commander';
import type { SyncRunView } from '../../shared/domain/sync.js';
import { CliError, CLI_INVOCATION, usageError } from './cli-error.js';
import { canAsk, confirm } from './confirm.js';
import { withCore } from './core-session.js';
import { addRangeOptions } from './date-range-options.js';
import { createOutput } from './output.js';
import { collect } from './resolve-instances.js';
import { formatHistory, formatStatus } from './sync-format.js';
import type { SyncRunOptions } from './sync-run.js';
import { runSync } from './sync-run.js';

const JSON_HELP = 'print machine-readable JSON on stdout (and nothing else there)';
const examples = (lines: string[]): string => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;

/** `sync …`: run a sync, and look at or reset what syncs left behind. */
export function registerSyncCommands(program: Command): void {
  const sync = addRangeOptions(program.command('sync').description('download the worklogs of a date range from Jira/Tempo into the local database'), 'sync')
    .option('--instance <name>', 'sync only this instance (repeat for several; default: all)', collect)
    .option('--json', `${JSON_HELP}: {ok, runId, from, to, instances: [{instance, source, status, counts, requests, durationMs, error, …}]}`)
    .addHelpText(
      'after',
      `\nProgress goes to stderr; the summary (or --json) to stdout. Ctrl-C cancels the sync cleanly (exit 130);\n` +
        `instances that did not finish keep the worklogs stored before. Exit 0 only when every instance synced.\n` +
        examples([`${CLI_INVOCATION} sync --this-month`, `${CLI_INVOCATION} sync --from 2026-11-01 --to 2026-11-30 --instance alpha --json`]),
    )
    .action((opts: SyncRunOptions) => runSync(opts));

  sync
    .command('history')
    .description('past syncs, newest first: one row per instance per run')
    .option('--limit <n>', 'how many rows (1–1000, default 50)')
    .option('--json', `${JSON_HELP}: an array of sync runs`)
    .action(async (opts: { limit?: string; json?: boolean }) => {
      const limit = opts.limit === undefined ? 50 : Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw usageError(`--limit takes a whole number from 1 to 1000, not "${opts.limit}".`, 'sync history');
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core, call }) => {
        const runs = await call('sync.history', { limit });
        out.result(formatHistory(runs, core.log.file), runs);
      });
    });

  sync
    .command('status')
    .description('whether a sync is running in this data folder, and the last sync of each instance')
    .option('--json', `${JSON_HELP}: {running, runId, from, to, progress, owner, pid, latest: [sync runs]}`)
    .action(async (opts: { json?: boolean }) => {
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core, call }) => {
        const own = await call('sync.status', {});
        const holder = core.services.sync.elsewhere();
        const recent = await call('sync.history', { limit: 1000 });
        // Rows still 'running' belong to the lock holder's sync; without a live holder they are leftovers.
        const runningRows = holder ? recent.filter((r) => r.status === 'running') : [];
        const latest = latestPerInstance(recent);
        const first = runningRows[0];
        out.result(formatStatus(holder, runningRows, latest, core.log.file), {
          ...own,
          running: own.running || holder !== null,
          runId: own.runId ?? first?.runId ?? null,
          from: own.from ?? first?.from ?? null,
          to: own.to ?? first?.to ?? null,
          owner: holder?.owner ?? null,
          pid: holder?.pid ?? null,
          latest,
        });
      });
    });

  sync
    .command('clear-cache')
    .description('drop every synced worklog and the cached Jira issues and people (instances, tokens, settings and history stay)')
    .option('-y, --yes', 'do not ask (on a terminal the CLI asks first; scripts are never asked)')
    .option('--json', `${JSON_HELP}: {deleted}`)
    .action(async (opts: { yes?: boolean; json?: boolean }) => {
      if (!opts.yes && canAsk()) {
        const sure = await confirm('Drop every synced worklog and the cached Jira data? Instances, tokens, settings and the sync history are kept; a new sync fetches it all again.');
        if (!sure) throw new CliError('Nothing was deleted.');
      }
      const out = createOutput({ json: opts.json });
      await withCore(async ({ call }) => {
        const { deleted } = await call('sync.clearCache', {});
        out.result(
          `Dropped ${deleted.toLocaleString('en-US')} synced worklog${deleted === 1 ? '' : 's'} and the cached Jira issues and people. Instances and settings are kept.`,
          { deleted },
        );
      });
    });
}

/** The latest run of each instance (history is newest first). */
function latestPerInstance(runs: readonly SyncRunView[]): SyncRunView[] {
  const seen = new Set<string>();
  return runs.filter((r) => {
    const key = r.instanceId ?? `name:${r.instanceName}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

