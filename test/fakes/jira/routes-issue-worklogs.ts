import { sendJson } from '../respond.js';
import type { Router } from '../router.js';
import { requireJiraUser } from './jira-auth.js';
import { worklogJson } from './jira-json.js';
import { intParam } from './jira-params.js';
import { sendJiraError } from './jira-respond.js';
import type { FakeJiraState } from './jira-state.js';
import { startedToMs } from './jira-time.js';
import { byNumericId, issueLookup, peopleLookup } from './jira-world-index.js';

/** The spec's default and maximum `maxResults`; the fake then caps it at `limits.issueWorklogs`. */
const SPEC_MAX = 5000;

/**
 * `GET /rest/api/3/issue/{issueIdOrKey}/worklog?startAt&maxResults&startedAfter&startedBefore` →
 * `{startAt, maxResults, total, worklogs}`. `startedAfter/Before` are epoch ms compared with the
 * instant of `started` (inclusive here); `total` counts the filtered worklogs.
 */
export function registerIssueWorklogRoutes(router: Router, state: FakeJiraState): void {
  router.get('/rest/api/3/issue/:issueIdOrKey/worklog', (ctx) => {
    if (!requireJiraUser(ctx, state)) return;
    const issue = issueLookup(state)(ctx.params.issueIdOrKey ?? '');
    if (!issue) return sendJiraError(ctx.res, 404, ['Issue does not exist or you do not have permission to see it.']);
    const startAt = intParam(ctx, 'startAt', 0);
    const asked = intParam(ctx, 'maxResults', SPEC_MAX);
    const after = intParam(ctx, 'startedAfter', 0);
    const before = intParam(ctx, 'startedBefore', Number.MAX_SAFE_INTEGER);
    if (startAt === null || asked === null || after === null || before === null) return;
    const maxResults = Math.max(1, Math.min(asked, SPEC_MAX, state.limits.issueWorklogs));

    const matching = state.world.worklogs
      .filter((w) => {
        if (w.issueId !== issue.id) return false;
        const ms = startedToMs(w.started);
        return ms >= after && ms <= before;
      })
      .sort(byNumericId);
    const person = peopleLookup(state);
    sendJson(ctx.res, 200, {
      startAt,
      maxResults,
      total: matching.length,
      worklogs: matching.slice(startAt, startAt + maxResults).map((w) => worklogJson(ctx.baseUrl, w, person, state.readerZone)),
    });
  });
}
