import type { IssueRefreshRepo } from './issue-refresh-repo.js';
import type { JiraCacheRepo } from './jira-cache-repo.js';
import type { InstanceSyncContext } from './instance-sync.js';
import { throwIfAborted } from './instance-sync.js';
import type { JiraSyncClient } from '../sync-sources.js';
import { issueColumns } from './worklog-row.js';

/**
 * Looked-back margin: JQL dates have minute precision, and this machine's clock and Jira's differ a
 * little. Changes from the last couple of minutes are simply read again next time.
 */
export const REFRESH_OVERLAP_MINUTES = 2;
const MAX_DEPTH = 8;


/**
 * After the worklogs of a range are stored: brings the details of the issues they belong to — and
 * of those issues' parents and epics — up to date with Jira, at a bounded cost. One JQL search
 * `updated >= … AND id in (…)` (ids only, up to 5000 per page) finds what changed since the oldest
 * check of these issues; bulkfetch re-reads only those (100 per request); then the issue, parent
 * and epic columns of their stored worklogs are rewritten where they differ. Renames, moves under
 * another parent or epic (a sub-task's epic is its parent's parent) and moves to another project
 * (a new key) all change an issue's `updated`. Returns how many issues were re-read.
 */
export async function refreshIssueDetails(
  ctx: InstanceSyncContext,
  jira: JiraSyncClient,
  deps: { cache: JiraCacheRepo; refresh: IssueRefreshRepo; nowMs: () => number; runStartedMs: number },
): Promise<{ refreshed: number; rowsUpdated: number }> {
  const own = deps.refresh.issueIdsOfRange(ctx.instanceId, ctx.from, ctx.to);
  // The range's issues and every cached ancestor up to the epic: an epic renamed changes its children's rows.
  const all = new Set<string>();
  for (const id of own) {
    let node = deps.cache.getIssue(ctx.instanceId, id);
    for (let d = 0; node && d < MAX_DEPTH && !all.has(node.id); d++) {
      all.add(node.id);
      node = node.parentId && node.hierarchyLevel < 1 ? deps.cache.getIssue(ctx.instanceId, node.parentId) : undefined;
    }
  }
  const ids = [...all];
  const since = deps.refresh.oldestCheck(ctx.instanceId, ids);
  // Nothing cached, or every issue was read during this very run (a first sync): nothing to check yet.
  if (since === null || Date.parse(since) >= deps.runStartedMs) return { refreshed: 0, rowsUpdated: 0 };
  const startedMs = deps.nowMs();
  const startedAt = new Date(startedMs).toISOString();
  const minutes = Math.max(1, Math.ceil((startedMs - Date.parse(since)) / 60_000)) + REFRESH_OVERLAP_MINUTES;
  ctx.progress('details', 0, null);
  const changed = await jira.issueIdsUpdatedWithin(ids, minutes, ctx.signal);
  throwIfAborted(ctx.signal);
  const refreshed = changed.length > 0 ? await ctx.hydrator.refetch(changed) : 0;
  throwIfAborted(ctx.signal);
  // Any of the range's issues may sit under a changed ancestor: compare them all with the cache
  // (local and cheap, one indexed lookup per issue). Also when nothing changed: a sync killed between
  // re-reading issues and rewriting their rows heals here.
  const rowsUpdated = deps.refresh.rewriteIssueColumns(ctx.instanceId, own.map((id) => [id, issueColumns(ctx.hydrator.context(id))]));
  // Every issue searched is known current as of the moment the search began.
  deps.refresh.markChecked(ctx.instanceId, ids, startedAt);
  return { refreshed, rowsUpdated };
}
