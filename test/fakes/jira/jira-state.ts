import type { FakeWorld } from '../world.js';

/** A Jira account the fake accepts: Basic auth with `email:token`, exactly like Jira Cloud. */
export interface FakeJiraUser {
  accountId: string;
  displayName: string;
  email: string;
  token: string;
  /** The user's privacy settings hide the email: `emailAddress` is left out of answers. */
  emailHidden?: boolean;
  /** Jira wants a CAPTCHA after failed sign-ins: every request answers 403. */
  captcha?: boolean;
  active?: boolean;
}

/** Page sizes the fake serves; each mirrors a limit of Jira Cloud and can be lowered to force paging. */
export interface FakeJiraPageLimits {
  /** Most issues per search/jql page when fields are asked for (Jira: "fewer than asked" is normal). */
  search: number;
  /** Every Nth search page is cut to a third even though more exist (0: never) — catches clients that stop on a short page. */
  shortPageEvery: number;
  /** Worklogs embedded in a search hit's `worklog` field (Jira: 20). */
  embeddedWorklogs: number;
  /** Cap on `maxResults` of issue/{id}/worklog (the spec allows 5000; the server may answer fewer). */
  issueWorklogs: number;
  /** user/bulk: page size when `maxResults` is not sent (Jira: 10), and its cap. */
  usersBulkDefault: number;
  usersBulk: number;
  /** worklog/updated|deleted page size (Jira: 1000). */
  changedWorklogs: number;
  /** Caps on project/search (spec max 100) and createmeta issuetypes (spec max 200). */
  projects: number;
  issueTypes: number;
}

export const DEFAULT_PAGE_LIMITS: Readonly<FakeJiraPageLimits> = {
  search: 100,
  shortPageEvery: 3,
  embeddedWorklogs: 20,
  issueWorklogs: 1000,
  usersBulkDefault: 10,
  usersBulk: 100,
  changedWorklogs: 1000,
  projects: 100,
  issueTypes: 200,
};

/** What the fake Jira serves. Tests may change any of it between requests. */
export interface FakeJiraState {
  /** The accounts that can sign in (the sync account); the world's people are data only. */
  users: FakeJiraUser[];
  /** Projects, issues, people and worklogs; an empty world when the test gave none. */
  world: FakeWorld;
  limits: FakeJiraPageLimits;
  /** worklog/updated|deleted hide changes younger than this (Jira: the last minute). */
  changeFeedDelayMs: number;
  /** Issue ids bulkfetch reports in `issueErrors` (a retriable failure) instead of returning them. */
  failingIssueIds: Set<string>;
  /** The fake's clock for the change feeds. */
  now: () => number;
  /**
   * The profile zone of the account reading the API (IANA): Jira renders every worklog's
   * `started` in it and judges JQL `worklogDate` there (jira-zone.ts).
   */
  readerZone: string;
}

export function emptyWorld(): FakeWorld {
  return { users: [], projects: [], issueTypes: [], issues: [], worklogs: [], deleted: [] };
}
