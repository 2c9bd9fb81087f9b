import type { Page, SearchIssue } from '../sync-sources.js';
import type { JiraApi } from './jira-api.js';
import { stuckPagingError } from './jira-api.js';
import { toSourceIssue, toSourceWorklog } from './jira-sync-mapping.js';
import { jiraSearchPageSchema } from './jira-sync-schemas.js';

/** search/jql returns only `id` unless fields are named; `worklog` embeds up to 20 worklogs per hit. */
export const SEARCH_FIELDS = ['summary', 'issuetype', 'parent', 'project', 'worklog'] as const;
/** Asked for, not promised: Jira returns fewer per page when fields are heavy. */
export const SEARCH_PAGE_SIZE = 100;

/**
 * One page of `GET /rest/api/3/search/jql`. The next page exists while Jira hands out a
 * `nextPageToken` and does not say `isLast`; a short page means nothing (Jira trims pages).
 */
export async function searchJql(api: JiraApi, jql: string, next: string | null, signal?: AbortSignal, fields: readonly string[] = SEARCH_FIELDS): Promise<Page<SearchIssue>> {
  const page = await api.call({
    path: '/rest/api/3/search/jql',
    query: {
      jql,
      ...(next === null ? {} : { nextPageToken: next }),
      maxResults: SEARCH_PAGE_SIZE,
      fields: fields.join(','),
    },
    schema: jiraSearchPageSchema,
    signal,
  });
  const token = page.isLast === true ? null : (page.nextPageToken ?? null);
  if (token !== null && token === next) throw stuckPagingError(api, 'issues', 'search/jql returned the nextPageToken it was given');
  const items: SearchIssue[] = page.issues.map((issue) => {
    const embedded = issue.fields.worklog;
    return {
      ...toSourceIssue(issue),
      worklog: embedded ? { total: embedded.total, worklogs: embedded.worklogs.map(toSourceWorklog) } : null,
    };
  });
  return { items, next: token };
}
