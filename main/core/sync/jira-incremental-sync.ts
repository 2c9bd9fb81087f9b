import type { WorklogsRepo } from '../worklogs/worklogs-port.js';
import type { InstanceSyncContext } from './instance-sync.js';
import { throwIfAborted } from './instance-sync.js';
import type { JiraSyncClient } from '../sync-sources.js';
import { dayInRange, jiraWorklogRow } from './jira-sync.js';

/** Jira leaves the last minute out of the change feeds; the cursor stays this far behind. */
export const FEED_OVERLAP_MS = 60_000;
/** An older cursor means a long feed to read: a full pass is cheaper and also refreshes issue details. */
export const FEED_MAX_AGE_MS = 7 * 86_400_000;
const LIST_BATCH = 1000;

export const feedCursorName = (from: string, to: string): string => `jira-feed:${from}:${to}`;

/**
 * Re-sync of a range already synced in full: only what changed since the cursor, from
 * `worklog/updated` + `worklog/list` and `worklog/deleted` — a couple of requests when nothing
 * changed, instead of every search page. Worklogs updated to a date outside the range are removed
 * here; deleted ones are removed. Returns the next cursor (ms).
 */
export async function syncFromJiraFeeds(
  ctx: InstanceSyncContext,
  jira: JiraSyncClient,
  worklogs: WorklogsRepo,
  sinceMs: number,
  startedAtMs: number,
): Promise<{ nextSince: number; deleted: number }> {
  let deleted = 0;
  let done = 0;
  ctx.progress('worklogs', 0, null);
  for await (const page of jira.worklogsUpdated(sinceMs, ctx.signal)) {
    for (let i = 0; i < page.ids.length; i += LIST_BATCH) {
      const changed = await jira.worklogsById(page.ids.slice(i, i + LIST_BATCH), ctx.signal);
      throwIfAborted(ctx.signal);
      ctx.progress('details', done, null);
      // In or out of the range by the author's day, exactly as a full pass decides.
      const days = changed.map((w) => ({ w, day: dayInRange(w, ctx.from, ctx.to) }));
      const inRange = days.flatMap(({ w, day }) => (day ? [{ w, day }] : []));
      await ctx.hydrator.ensureIssues(inRange.map(({ w }) => w.issueId));
      const syncedAt = ctx.now();
      const rows = inRange.map(({ w, day }) => jiraWorklogRow(ctx, w, day, syncedAt));
      // Moved to a date outside the range: no longer this range's.
      const movedOut = days.filter(({ day }) => day === null).map(({ w }) => w.id);
      ctx.writer.write(rows, changed.length);
      deleted += worklogs.removeSome(ctx.instanceId, 'jira', movedOut, ctx.from, ctx.to);
      done += changed.length;
      ctx.progress('worklogs', done, null);
    }
  }
  for await (const page of jira.worklogsDeleted(sinceMs, ctx.signal)) {
    throwIfAborted(ctx.signal);
    deleted += worklogs.removeSome(ctx.instanceId, 'jira', page.ids, ctx.from, ctx.to);
  }
  return { nextSince: startedAtMs - FEED_OVERLAP_MS, deleted };
}
