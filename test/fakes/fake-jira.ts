import { sendJiraError, jiraErrorBody } from './jira/jira-respond.js';
import type { FakeJiraPageLimits, FakeJiraState, FakeJiraUser } from './jira/jira-state.js';
import { DEFAULT_PAGE_LIMITS, emptyWorld } from './jira/jira-state.js';
import { registerBulkFetchRoutes } from './jira/routes-bulkfetch.js';
import { registerCreateRoutes } from './jira/routes-create.js';
import { registerIssueWorklogRoutes } from './jira/routes-issue-worklogs.js';
import { registerMyselfRoutes } from './jira/routes-myself.js';
import { registerProjectRoutes } from './jira/routes-projects.js';
import { registerSearchRoutes } from './jira/routes-search.js';
import { registerSearchPostRoutes } from './jira/routes-search-post.js';
import { registerUserBulkRoutes } from './jira/routes-user-bulk.js';
import { registerWorklogChangeRoutes } from './jira/routes-worklog-changes.js';
import { registerWorklogListRoutes } from './jira/routes-worklog-list.js';
import type { FakeServer } from './fake-server.js';
import { startFakeServer } from './fake-server.js';
import { htmlPage, sendHtml } from './respond.js';
import { Router } from './router.js';

import type { FakeWorld } from './world.js';
import { DEFAULT_READER_ZONE } from './zones.js';

export type { FakeJiraPageLimits, FakeJiraUser } from './jira/jira-state.js';
export { DEFAULT_PAGE_LIMITS } from './jira/jira-state.js';

export interface FakeJiraOptions {
  /** The accounts that can sign in (Basic `email:token`): the sync account(s). */
  users: FakeJiraUser[];
  /**
   * The data served by search, worklogs, bulkfetch, user/bulk and the change feeds. Its people
   * are data only (authors, user/bulk) and cannot sign in. Read live: tests may mutate it.
   */
  world?: FakeWorld;
  /** Jira behind a reverse proxy at a path, e.g. `/jira`. */
  pathPrefix?: string;
  /** Lower them to force paging; see DEFAULT_PAGE_LIMITS for Jira's own. */
  pageLimits?: Partial<FakeJiraPageLimits>;
  /** worklog/updated|deleted hide changes younger than this; Jira: 60 s. Set 0 to see changes at once. */
  changeFeedDelayMs?: number;
  /** The server's clock: the change feeds and the Date header of every answer (default Date.now). */
  now?: () => number;
  /** The reading account's profile zone: `started` is rendered and `worklogDate` judged in it (default Europe/Berlin). */
  readerZone?: string;
}

export interface FakeJira extends FakeServer {
  /** The live data; tests may change it between requests. */
  state: FakeJiraState;
}

/** Each routes-*.ts file registers one endpoint group; add new groups (issue create...) to this list. */
const ROUTE_GROUPS: Array<(router: Router, state: FakeJiraState) => void> = [
  registerMyselfRoutes,
  registerSearchRoutes,
  registerSearchPostRoutes,
  registerIssueWorklogRoutes,
  registerBulkFetchRoutes,
  registerUserBulkRoutes,
  registerWorklogChangeRoutes,
  registerWorklogListRoutes,
  registerProjectRoutes,
  // After the project routes: GET project/search must win over project/{key}.
  registerCreateRoutes,
];

/**
 * A fake Jira Cloud on 127.0.0.1: Basic auth, Jira-style error bodies, JSON 404s under /rest/
 * and HTML 404 pages elsewhere — like the real site.
 *
 *   const jira = await startFakeJira({ users: [{ accountId, displayName, email, token }], pathPrefix: '/jira' });
 *   const jira = await startFakeJira({ users: [SYNC], world: generateWorld({ from, to }), pageLimits: { search: 25 }, changeFeedDelayMs: 0 });
 *   jira.url                  // http://127.0.0.1:PORT/jira — what a user types as the site
 *   jira.faults.inject({ kind: 'rate-limit', retryAfter: 1 }, { times: 1, match: '/rest/api/3/*' });
 *   jira.requests             // [{ method, path, query, at, respondedAt, status, fault, auth }]
 *   jira.inFlight.max         // most requests ever handled at once
 *   await jira.close();
 */
export async function startFakeJira(options: FakeJiraOptions): Promise<FakeJira> {
  const state: FakeJiraState = {
    users: options.users,
    world: options.world ?? emptyWorld(),
    limits: { ...DEFAULT_PAGE_LIMITS, ...options.pageLimits },
    changeFeedDelayMs: options.changeFeedDelayMs ?? 60_000,
    failingIssueIds: new Set(),
    now: options.now ?? Date.now,
    readerZone: options.readerZone ?? DEFAULT_READER_ZONE,
  };
  const router = new Router();
  for (const register of ROUTE_GROUPS) register(router, state);
  const server = await startFakeServer({
    router,
    ...(options.pathPrefix === undefined ? {} : { pathPrefix: options.pathPrefix }),
    errorBody: (_status, message) => jiraErrorBody([message]),
    clock: () => state.now(),
    notFound: (ctx) => {
      if (ctx.path.startsWith('/rest/')) sendJiraError(ctx.res, 404, [`No resource found for ${ctx.path}`]);
      else sendHtml(ctx.res, 404, htmlPage('Oops, you found a dead link.', 'This page does not exist.'));
    },
    methodNotAllowed: (ctx) => sendJiraError(ctx.res, 405, [`Method ${ctx.method} is not allowed for ${ctx.path}`]),
  });
  return { ...server, state };
}
