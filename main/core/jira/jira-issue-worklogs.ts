import type { SourceWorklog } from '../sync-sources.js';
import type { JiraApi } from './jira-api.js';
import { toSourceWorklog } from './jira-sync-mapping.js';
import { jiraWorklogPageSchema } from './jira-sync-schemas.js';

/** The spec's maximum; Jira may cap it lower, which the startAt/total paging absorbs. */
export const ISSUE_WORKLOG_PAGE_SIZE = 5000;

/**
 * `GET /rest/api/3/issue/{id}/worklog` for worklogs started in [afterMs, beforeMs], one page at a
 * time. Pages by what actually arrived (not by the maxResults asked for), until `total` is
 * reached; an empty page also ends it, so a server miscounting `total` cannot loop us forever.
 */
export async function* issueWorklogs(api: JiraApi, issueId: string, startedAfterMs: number, startedBeforeMs: number, signal?: AbortSignal): AsyncGenerator<SourceWorklog[]> {
  let startAt = 0;
  for (;;) {
    const page = await api.call({
      path: `/rest/api/3/issue/${encodeURIComponent(issueId)}/worklog`,
      query: { startAt, maxResults: ISSUE_WORKLOG_PAGE_SIZE, startedAfter: startedAfterMs, startedBefore: startedBeforeMs },
      schema: jiraWorklogPageSchema,
      signal,
    });
    if (page.worklogs.length === 0) return;
    yield page.worklogs.map(toSourceWorklog);
    startAt += page.worklogs.length;
    if (startAt >= page.total) return;
  }
}
