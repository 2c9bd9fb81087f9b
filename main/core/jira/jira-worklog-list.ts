import { AppError } from '../errors.js';
import type { SourceWorklog } from '../sync-sources.js';
import type { JiraApi } from './jira-api.js';
import { chunks } from './jira-api.js';
import { toSourceWorklog } from './jira-sync-mapping.js';
import { jiraWorklogListSchema } from './jira-sync-schemas.js';

/** Jira's limit per worklog/list request. */
export const WORKLOG_LIST_MAX = 1000;

/**
 * `POST /rest/api/3/worklog/list {ids}`: worklogs by id (the spec types ids as int64 numbers).
 * Deleted or invisible ids are simply absent. More than 1000 ids are split into several requests.
 */
export async function worklogsById(api: JiraApi, ids: readonly string[], signal?: AbortSignal): Promise<SourceWorklog[]> {
  const numbers = [...new Set(ids)].map((id) => {
    const n = Number(id);
    // Ids come from Jira's own feeds; anything else is a bug upstream, not something to send.
    if (!/^\d+$/.test(id) || !Number.isSafeInteger(n)) throw new AppError('internal', `Not a Jira worklog id: "${id}".`);
    return n;
  });
  const out: SourceWorklog[] = [];
  for (const batch of chunks(numbers, WORKLOG_LIST_MAX)) {
    const worklogs = await api.call({
      method: 'POST',
      path: '/rest/api/3/worklog/list',
      body: { ids: batch },
      schema: jiraWorklogListSchema,
      signal,
      idempotent: true,
    });
    for (const w of worklogs) out.push(toSourceWorklog(w));
  }
  return out;
}
