import type { SyncProgress, SyncSummary } from '../../shared/domain/sync.js';
import { CliError, EXIT_INTERRUPTED, usageError } from './cli-error.js';
import { withCore } from './core-session.js';
import type { RangeOptions } from './date-range-options.js';
import { resolveRange } from './date-range-options.js';
import { createOutput } from './output.js';
import { resolveInstances, sourceOf } from './resolve-instances.js';
import { failureLine, formatSyncSummary, toCliSyncSummary } from './sync-format.js';
import { createSyncProgress } from './sync-progress.js';

export interface SyncRunOptions extends RangeOptions {
  instance?: string[];
  json?: boolean;
}

/** The app's own rules for a sync range (e.g. at most three years), as a usage error. */
async function checkSyncRange(range: { from: string; to: string }): Promise<void> {
  const { syncStartInput } = await import('../../shared/contract.js');
  const parsed = syncStartInput.safeParse(range);
  if (!parsed.success) throw usageError(parsed.error.issues[0]?.message ?? 'That date range cannot be synced.', 'sync');
}

/**
 * `sync`: runs one sync through the engine the app uses and waits for it. Progress goes to stderr
 * as the engine reports it; the summary (or --json) to stdout. Ctrl-C asks the engine to cancel,
 * so every instance is recorded as 'cancelled' and keeps its earlier worklogs; a second Ctrl-C
 * quits at once (the next sync closes the runs left open).
 */
export async function runSync(opts: SyncRunOptions): Promise<void> {
  const range = await resolveRange(opts, 'sync');
  await checkSyncRange(range);
  const out = createOutput({ json: opts.json });
  await withCore(async ({ core }) => {
    const rows = resolveInstances(core, opts.instance);
    const progress = createSyncProgress(process.stderr, new Map(rows.map((r) => [r.id, sourceOf(r)])));
    // Subscribed before start(): the engine reports 'starting' before start() returns.
    const unsubscribe = core.events.subscribe((event, payload) => {
      if (event === 'sync.progress') progress.update(payload as SyncProgress);
    });
    let interrupted = false;
    const onInterrupt = (): void => {
      if (interrupted) {
        progress.stop();
        process.stderr.write('error: Stopped without waiting for the cancellation; the next sync tidies up.\n');
        process.exit(EXIT_INTERRUPTED);
      }
      interrupted = true;
      core.services.sync.cancel();
      progress.note('Cancelling… (press Ctrl-C again to quit at once)');
    };
    process.on('SIGINT', onInterrupt);
    let summary: SyncSummary;
    try {
      const { done } = core.services.sync.start({ ...range, ...(opts.instance?.length ? { instanceIds: rows.map((r) => r.id) } : {}) });
      summary = await done;
    } finally {
      process.off('SIGINT', onInterrupt);
      unsubscribe();
      progress.stop();
    }
    out.result(formatSyncSummary(summary, core.log.file), toCliSyncSummary(summary));
    if (interrupted) {
      throw new CliError('Sync cancelled with Ctrl-C; instances that had not finished keep the worklogs stored before it.', { exitCode: EXIT_INTERRUPTED, code: 'cancelled' });
    }
    if (!summary.ok) throw new CliError(failureLine(summary, core.log.file), { code: 'sync_failed' });
  });
}
