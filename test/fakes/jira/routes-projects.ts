import { sendJson } from '../respond.js';
import type { Router } from '../router.js';
import { requireJiraUser } from './jira-auth.js';
import { issueTypeJson, projectJson } from './jira-json.js';
import { intParam, pageUrl, selfUrl } from './jira-params.js';
import { sendJiraError } from './jira-respond.js';
import type { FakeJiraState } from './jira-state.js';
import { projectLookup } from './jira-world-index.js';

/**
 * `GET /rest/api/3/project/search` ([PageBeanProject], ordered by key, `isLast`) and
 * `GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes` ([PageOfCreateMetaIssueTypes]:
 * `issueTypes`, `startAt`, `maxResults`, `total`) from the world's projects and issue types.
 */
export function registerProjectRoutes(router: Router, state: FakeJiraState): void {
  router.get('/rest/api/3/project/search', (ctx) => {
    if (!requireJiraUser(ctx, state)) return;
    const startAt = intParam(ctx, 'startAt', 0);
    const asked = intParam(ctx, 'maxResults', 50);
    if (startAt === null || asked === null) return;
    const maxResults = Math.max(1, Math.min(asked, 100, state.limits.projects));
    const all = [...state.world.projects].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const values = all.slice(startAt, startAt + maxResults);
    const isLast = startAt + values.length >= all.length;
    sendJson(ctx.res, 200, {
      self: selfUrl(ctx),
      ...(isLast ? {} : { nextPage: pageUrl(ctx, { startAt: startAt + values.length, maxResults }) }),
      maxResults,
      startAt,
      total: all.length,
      isLast,
      values: values.map((p) => projectJson(ctx.baseUrl, p)),
    });
  });

  router.get('/rest/api/3/issue/createmeta/:projectIdOrKey/issuetypes', (ctx) => {
    if (!requireJiraUser(ctx, state)) return;
    const key = ctx.params.projectIdOrKey ?? '';
    if (!projectLookup(state)(key)) return sendJiraError(ctx.res, 404, [`No project could be found with key '${key}'.`]);
    const startAt = intParam(ctx, 'startAt', 0);
    const asked = intParam(ctx, 'maxResults', 50);
    if (startAt === null || asked === null) return;
    const maxResults = Math.max(1, Math.min(asked, 200, state.limits.issueTypes));
    const all = state.world.issueTypes;
    sendJson(ctx.res, 200, {
      maxResults,
      startAt,
      total: all.length,
      issueTypes: all.slice(startAt, startAt + maxResults).map((t) => ({ ...issueTypeJson(ctx.baseUrl, t), untranslatedName: t.name })),
    });
  });
}
