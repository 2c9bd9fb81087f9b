import type { SourceIssue } from '../sync-sources.js';
import type { JiraApi } from './jira-api.js';
import { chunks } from './jira-api.js';
import { toSourceIssue } from './jira-sync-mapping.js';
import { jiraBulkFetchSchema } from './jira-sync-schemas.js';

/** Jira's limit per bulkfetch request. */
export const BULKFETCH_MAX = 100;
const ISSUE_FIELDS = ['summary', 'issuetype', 'parent', 'project'];

/**
 * `POST /rest/api/3/issue/bulkfetch`: issues by id or key. Unknown or invisible issues are simply
 * absent (`issueErrors` is not read: a missing issue is handled by the caller the same way).
 * More than 100 ids are split into several requests rather than refused.
 */
export async function bulkFetchIssues(api: JiraApi, ids: readonly string[], signal?: AbortSignal): Promise<SourceIssue[]> {
  const out: SourceIssue[] = [];
  for (const batch of chunks([...new Set(ids)], BULKFETCH_MAX)) {
    const res = await api.call({
      method: 'POST',
      path: '/rest/api/3/issue/bulkfetch',
      body: { issueIdsOrKeys: batch, fields: ISSUE_FIELDS },
      schema: jiraBulkFetchSchema,
      signal,
      // A read: safe to send again after a dropped connection or a 5xx.
      idempotent: true,
    });
    for (const issue of res.issues ?? []) out.push(toSourceIssue(issue));
  }
  return out;
}
