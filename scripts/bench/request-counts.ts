/**
 * Requests of a sync split by what they are for, so a run can be compared with the minimum the
 * data needs: source pages (Tempo worklog pages, Jira search pages), hydration (Jira bulkfetch and
 * user/bulk), and Jira's per-issue worklog pages.
 */

export interface RequestCounts {
  /** Tempo `/4/worklogs` pages or Jira `search/jql` pages. */
  sourcePages: number;
  /** Jira `issue/bulkfetch`. */
  bulkfetch: number;
  /** Jira `user/bulk`. */
  userBulk: number;
  /** Jira `issue/{id}/worklog` pages (issues with more worklogs than a search hit embeds). */
  issueWorklogPages: number;
  /** Jira's incremental re-sync: `worklog/updated` and `worklog/deleted` pages, `worklog/list` batches. */
  feedPages: number;
  /** The issue-details check after every sync: `POST search/jql` `updated >= … AND id in (…)`, ids only. */
  issueRefresh: number;
  /** Tempo `/4/user-schedule/{accountId}` (one per person of the range) and `/4/teams/{id}/members`: expected hours, not worklogs. */
  schedules: number;
  /** Anything else a sync should not need (e.g. `myself`); expected 0. */
  other: number;
}

/** The fields of a fake's RecordedRequest the bench uses (they cross the process boundary). */
export interface SeenRequest {
  server: 'jira' | 'tempo';
  method: string;
  path: string;
  /** Epoch ms the request arrived at the fake. */
  at: number;
  respondedAt: number | null;
  status: number | null;
  fault: string | null;
}

export const emptyCounts = (): RequestCounts => ({ sourcePages: 0, bulkfetch: 0, userBulk: 0, issueWorklogPages: 0, feedPages: 0, issueRefresh: 0, schedules: 0, other: 0 });

export const totalOf = (c: RequestCounts): number => c.sourcePages + c.bulkfetch + c.userBulk + c.issueWorklogPages + c.feedPages + c.issueRefresh + c.schedules + c.other;

export const hydrationOf = (c: RequestCounts): number => c.bulkfetch + c.userBulk;

const ISSUE_WORKLOG = /^\/rest\/api\/3\/issue\/[^/]+\/worklog$/;
const FEED = /^\/rest\/api\/3\/worklog\/(updated|deleted|list)$/;

export function kindOf(r: Pick<SeenRequest, 'server' | 'path'> & { method?: string }): keyof RequestCounts {
  if (r.server === 'tempo') return r.path === '/4/worklogs' ? 'sourcePages' : r.path.startsWith('/4/user-schedule/') || /^\/4\/teams\/[^/]+\/members$/.test(r.path) ? 'schedules' : 'other';
  // The worklog search is a GET; the issue-details check POSTs its long `id in (…)` JQL.
  if (r.path === '/rest/api/3/search/jql') return r.method === 'POST' ? 'issueRefresh' : 'sourcePages';
  if (r.path === '/rest/api/3/issue/bulkfetch') return 'bulkfetch';
  if (r.path === '/rest/api/3/user/bulk') return 'userBulk';
  if (ISSUE_WORKLOG.test(r.path)) return 'issueWorklogPages';
  if (FEED.test(r.path)) return 'feedPages';
  return 'other';
}

/** Every request the fakes received counts, retries included: that is what the APIs saw. */
export function countRequests(requests: readonly SeenRequest[]): RequestCounts {
  const c = emptyCounts();
  for (const r of requests) c[kindOf(r)] += 1;
  return c;
}
