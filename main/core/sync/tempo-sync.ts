import type { InstanceSyncContext } from './instance-sync.js';
import { throwIfAborted } from './instance-sync.js';
import type { TempoSyncClient } from '../sync-sources.js';
import { worklogRow } from './worklog-row.js';

/**
 * Tempo path: `/4/worklogs?from&to` already filters by the local start date. Each page is hydrated
 * in bulk from Jira (issues + ancestors, then author names), then written with its ids marked seen.
 */
export async function syncFromTempo(ctx: InstanceSyncContext, tempo: TempoSyncClient): Promise<void> {
  let done = 0;
  ctx.progress('worklogs', 0, null);
  for await (const page of tempo.worklogs(ctx.from, ctx.to, ctx.signal)) {
    throwIfAborted(ctx.signal);
    ctx.progress('details', done, null);
    await ctx.hydrator.ensureIssues(page.map((w) => w.issueId));
    ctx.progress('people', done, null);
    await ctx.hydrator.ensureUsers(page.map((w) => w.authorAccountId));
    throwIfAborted(ctx.signal);
    const syncedAt = ctx.now();
    const rows = page
      // Defensive: Tempo filters by date already; a record outside the range must not be stored as in it.
      .filter((w) => w.startDate >= ctx.from && w.startDate <= ctx.to)
      .map((w) =>
        worklogRow(
          {
            instanceId: ctx.instanceId,
            source: 'tempo',
            sourceId: String(w.tempoWorklogId),
            issueId: w.issueId,
            authorAccountId: w.authorAccountId,
            authorName: ctx.hydrator.userName(w.authorAccountId),
            localDate: w.startDate,
            started: w.startDateTimeUtc ?? `${w.startDate}T${w.startTime ?? '00:00:00'}`,
            seconds: w.timeSpentSeconds,
            comment: w.description,
            sourceUpdated: w.updatedAt,
            raw: w.raw,
            syncedAt,
          },
          ctx.hydrator.context(w.issueId),
        ),
      );
    ctx.writer.write(rows, page.length);
    done += page.length;
    ctx.progress('worklogs', done, null);
  }
}
