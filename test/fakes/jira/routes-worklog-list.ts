import { sendJson } from '../respond.js';
import type { Router } from '../router.js';
import { requireJiraUser } from './jira-auth.js';
import { worklogJson } from './jira-json.js';
import { sendJiraError } from './jira-respond.js';
import type { FakeJiraState } from './jira-state.js';
import { peopleLookup } from './jira-world-index.js';

const MAX_IDS = 1000;

/**
 * `POST /rest/api/3/worklog/list {ids: [int64...]}` → the worklogs found, as a bare array in the
 * order asked; deleted ids are left out. The spec types ids as integers, so strings are refused.
 */
export function registerWorklogListRoutes(router: Router, state: FakeJiraState): void {
  router.post('/rest/api/3/worklog/list', (ctx) => {
    if (!requireJiraUser(ctx, state)) return;
    const ids = (ctx.body as { ids?: unknown } | undefined)?.ids;
    if (!Array.isArray(ids) || !ids.every((id) => Number.isSafeInteger(id))) {
      return sendJiraError(ctx.res, 400, ['ids must be a list of worklog IDs (integers).']);
    }
    if (ids.length > MAX_IDS) return sendJiraError(ctx.res, 400, [`The number of worklogs requested exceeds the maximum of ${MAX_IDS}.`]);
    const byId = new Map(state.world.worklogs.map((w) => [w.id, w]));
    const person = peopleLookup(state);
    const found = [...new Set(ids.map(String))].flatMap((id) => {
      const w = byId.get(id);
      return w ? [worklogJson(ctx.baseUrl, w, person, state.readerZone)] : [];
    });
    sendJson(ctx.res, 200, found);
  });
}
