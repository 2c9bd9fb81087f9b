import { sendJson } from '../respond.js';
import type { Router } from '../router.js';
import { requireJiraUser } from './jira-auth.js';
import { userJson } from './jira-json.js';
import { intParam, pageUrl, selfUrl } from './jira-params.js';
import { sendJiraError } from './jira-respond.js';
import type { FakeJiraState } from './jira-state.js';
import { peopleLookup } from './jira-world-index.js';

/**
 * `GET /rest/api/3/user/bulk?accountId=a&accountId=b&startAt&maxResults` → a [PageBeanUser] of the
 * known accounts, in the order asked. 10 per page unless `maxResults` says otherwise, capped at
 * `limits.usersBulk`; hidden emails are left out.
 */
export function registerUserBulkRoutes(router: Router, state: FakeJiraState): void {
  router.get('/rest/api/3/user/bulk', (ctx) => {
    if (!requireJiraUser(ctx, state)) return;
    const ids = [...new Set(ctx.query.getAll('accountId').filter((a) => a !== ''))];
    if (ids.length === 0) return sendJiraError(ctx.res, 400, ['You must specify at least one accountId.']);
    const startAt = intParam(ctx, 'startAt', 0);
    const asked = intParam(ctx, 'maxResults', state.limits.usersBulkDefault);
    if (startAt === null || asked === null) return;
    const maxResults = Math.max(1, Math.min(asked, state.limits.usersBulk));
    const person = peopleLookup(state);
    const known = ids.flatMap((id) => {
      const p = person(id);
      return p ? [p] : [];
    });
    const values = known.slice(startAt, startAt + maxResults);
    const isLast = startAt + values.length >= known.length;
    sendJson(ctx.res, 200, {
      self: selfUrl(ctx),
      ...(isLast ? {} : { nextPage: pageUrl(ctx, { startAt: startAt + values.length, maxResults }) }),
      maxResults,
      startAt,
      total: known.length,
      isLast,
      values: values.map((p) => userJson(ctx.baseUrl, p, p.accountId)),
    });
  });
}
