import type { JiraApi } from './jira-api.js';
import { stuckPagingError } from './jira-api.js';
import { jiraChangedWorklogsSchema } from './jira-sync-schemas.js';

export type WorklogChangeFeed = 'updated' | 'deleted';

/** Where the next page starts: the `since` of Jira's `nextPage` link, else this page's `until`. */
function nextSince(nextPage: string | null | undefined, until: number): number {
  if (nextPage) {
    try {
      const since = Number(new URL(nextPage).searchParams.get('since'));
      if (Number.isSafeInteger(since)) return since;
    } catch {
      // A relative or broken link: fall back to `until`, which is what Jira puts in it.
    }
  }
  return until;
}

/**
 * `GET /rest/api/3/worklog/updated|deleted?since=<ms>`, oldest first, 1000 per page, following
 * `nextPage` until `lastPage`. The `since` of `nextPage` is re-sent to our own site address rather
 * than fetching the link itself: Jira writes its canonical host there, which may differ from the
 * address the user configured (proxy, custom domain), and the token must only go to that address.
 * Jira hides the last minute of changes: callers store `until` minus an overlap as their cursor.
 */
export async function* worklogChanges(api: JiraApi, feed: WorklogChangeFeed, sinceMs: number, signal?: AbortSignal): AsyncGenerator<{ ids: string[]; until: number }> {
  let since = sinceMs;
  for (;;) {
    const page = await api.call({ path: `/rest/api/3/worklog/${feed}`, query: { since }, schema: jiraChangedWorklogsSchema, signal });
    const ids = page.values.map((v) => String(v.worklogId));
    const until = page.until ?? page.values.reduce((max, v) => Math.max(max, v.updatedTime), since);
    yield { ids, until };
    if (page.lastPage !== false) return;
    const following = nextSince(page.nextPage, until);
    if (following <= since) throw stuckPagingError(api, `${feed} worklogs`, `worklog/${feed} since=${since} pointed to since=${following}`);
    since = following;
  }
}
