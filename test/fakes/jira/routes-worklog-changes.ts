import { sendJson } from '../respond.js';
import type { Router } from '../router.js';
import { requireJiraUser } from './jira-auth.js';
import { intParam, selfUrl } from './jira-params.js';
import type { FakeJiraState } from './jira-state.js';

interface Change {
  worklogId: number;
  updatedTime: number;
}

const byTime = (a: Change, b: Change): number => a.updatedTime - b.updatedTime || a.worklogId - b.worklogId;

function changes(state: FakeJiraState, feed: 'updated' | 'deleted'): Change[] {
  return feed === 'updated'
    ? state.world.worklogs.map((w) => ({ worklogId: Number(w.id), updatedTime: w.updated }))
    : state.world.deleted.map((d) => ({ worklogId: Number(d.worklogId), updatedTime: d.deletedAt }));
}

/**
 * `GET /rest/api/3/worklog/updated|deleted?since=<ms>` → [ChangedWorklogs]: changes after `since`,
 * oldest first, `limits.changedWorklogs` per page, never those of the last
 * `changeFeedDelayMs` (Jira: one minute). `until` is the youngest change on the page and
 * `nextPage` continues from it; a page never splits changes of the same millisecond, or the
 * next page (strictly after `until`) would skip them.
 */
export function registerWorklogChangeRoutes(router: Router, state: FakeJiraState): void {
  for (const feed of ['updated', 'deleted'] as const) {
    router.get(`/rest/api/3/worklog/${feed}`, (ctx) => {
      if (!requireJiraUser(ctx, state)) return;
      const since = intParam(ctx, 'since', 0);
      if (since === null) return;
      const horizon = state.now() - state.changeFeedDelayMs;
      const visible = changes(state, feed)
        .filter((c) => c.updatedTime > since && c.updatedTime <= horizon)
        .sort(byTime);
      let end = Math.min(visible.length, state.limits.changedWorklogs);
      while (end > 0 && end < visible.length && visible[end]?.updatedTime === visible[end - 1]?.updatedTime) end += 1;
      const page = visible.slice(0, end);
      const lastPage = end >= visible.length;
      const first = page[0]?.updatedTime ?? since;
      const until = page[page.length - 1]?.updatedTime ?? since;
      sendJson(ctx.res, 200, {
        values: page.map((c) => ({ worklogId: c.worklogId, updatedTime: c.updatedTime, properties: [] })),
        since: first,
        until,
        self: selfUrl(ctx),
        ...(lastPage ? {} : { nextPage: `${ctx.baseUrl}/rest/api/3/worklog/${feed}?since=${until}` }),
        lastPage,
      });
    });
  }
}
