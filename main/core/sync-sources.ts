/**
 * What the sync engine needs from Jira and Tempo, in the engine's own terms. The Jira and Tempo
 * clients implement these over the shared HTTP pipeline (every request validated with zod); tests
 * run the engine against the real clients talking to the fake servers.
 */

/** A Jira worklog as the engine stores it. */
export interface SourceWorklog {
  id: string;
  issueId: string;
  /** `email` only when the author's privacy settings show it (people mapping to HR records uses it). */
  author: { accountId: string; displayName: string | null; email?: string | null; timeZone?: string | null };
  /**
   * As Jira gives it: the instant rendered in the zone of the account reading the API (not the
   * author's), e.g. 2026-11-03T19:15:00.000+0100; `author.timeZone` gives the author's own day.
   */
  started: string;
  timeSpentSeconds: number;
  /** Plain text extracted from the ADF comment (null when none). */
  comment: string | null;
  updated: string | null;
  /** The record as received, kept for later features (stored as JSON). */
  raw: unknown;
}

/** An issue as hydration needs it (search results, bulkfetch). */
export interface SourceIssue {
  id: string;
  key: string;
  summary: string;
  typeName: string;
  /** -1 sub-task, 0 standard, 1 epic, higher on Premium plans. */
  hierarchyLevel: number;
  projectKey: string;
  projectName: string;
  parentId: string | null;
}

/** A search hit with the worklog field Jira embeds (at most 20 worklogs, plus their total). */
export interface SearchIssue extends SourceIssue {
  worklog: { total: number; worklogs: SourceWorklog[] } | null;
}

export interface Page<T> {
  items: T[];
  /** Opaque cursor of the next page; null on the last one. */
  next: string | null;
}

export interface JiraSyncClient {
  /** One page of `search/jql`; pass the previous page's `next` to continue. */
  searchIssues(jql: string, next: string | null, signal?: AbortSignal): Promise<Page<SearchIssue>>;
  /** All worklogs of one issue started inside [afterMs, beforeMs], paged by startAt/total internally, page by page. */
  issueWorklogs(issueId: string, startedAfterMs: number, startedBeforeMs: number, signal?: AbortSignal): AsyncIterable<SourceWorklog[]>;
  /** Which of `ids` Jira changed in the last `minutes` (JQL `updated`, ids only). */
  issueIdsUpdatedWithin(ids: string[], minutes: number, signal?: AbortSignal): Promise<string[]>;
  /** Up to 100 issues by id; unknown or invisible ids are simply absent from the result. */
  bulkFetchIssues(ids: string[], signal?: AbortSignal): Promise<SourceIssue[]>;
  /** Display names (and emails when visible) of up to 100 accounts, paged internally. */
  usersBulk(accountIds: string[], signal?: AbortSignal): Promise<Array<{ accountId: string; displayName: string; email: string | null; active: boolean }>>;
  /** `worklog/updated` / `worklog/deleted` feeds since epoch ms, one page at a time. */
  worklogsUpdated(sinceMs: number, signal?: AbortSignal): AsyncIterable<{ ids: string[]; until: number }>;
  worklogsDeleted(sinceMs: number, signal?: AbortSignal): AsyncIterable<{ ids: string[]; until: number }>;
  /** `worklog/list` for up to 1000 ids. */
  worklogsById(ids: string[], signal?: AbortSignal): Promise<SourceWorklog[]>;
}

/** A Tempo worklog: ids only for the issue and author, so names come from Jira. */
export interface TempoWorklog {
  tempoWorklogId: number;
  issueId: string;
  authorAccountId: string;
  /** The local date the work was logged for (YYYY-MM-DD). */
  startDate: string;
  /** Local time of day (HH:mm:ss) when known. */
  startTime: string | null;
  startDateTimeUtc: string | null;
  timeSpentSeconds: number;
  description: string | null;
  updatedAt: string | null;
  raw: unknown;
}

export interface TempoSyncClient {
  /** `GET /4/worklogs?from&to`, following `metadata.next`, one page at a time. */
  worklogs(from: string, to: string, signal?: AbortSignal): AsyncIterable<TempoWorklog[]>;
  /** `GET /4/user-schedule/{accountId}?from&to`, when the client can read schedules (test doubles may not). */
  userSchedule?(accountId: string, from: string, to: string, signal?: AbortSignal): Promise<Array<{ date: string; requiredSeconds: number; type: string; holiday?: string | null }>>;
}
