import { z } from 'zod';
import { AppError } from '../errors.js';
import type { JiraApi } from './jira-api.js';
import { chunks, stuckPagingError } from './jira-api.js';

/** Ids per JQL `id in (…)`: the POST body has no URL limit; a few requests cover a whole range. */
export const UPDATED_IDS_PER_QUERY = 5000;
/** With only `id` asked for, Jira answers up to 5000 issues per page. */
const ID_PAGE_SIZE = 5000;

/** `POST /rest/api/3/search/jql` with `fields: ["id"]`: ids only. */
const idPageSchema = z.looseObject({
  issues: z.array(z.looseObject({ id: z.string().regex(/^\d+$/) })),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

/**
 * Which of `ids` Jira changed (renamed, re-parented, moved…) in the last `minutes`:
 * `updated >= "-Nm" AND id in (…)`, ids only, paged by `nextPageToken`. A relative date because
 * an absolute one would be read in the token owner's profile time zone, which the app doesn't know.
 * POST, because thousands of ids don't fit in a URL.
 */
export async function issueIdsUpdatedWithin(api: JiraApi, ids: readonly string[], minutes: number, signal?: AbortSignal): Promise<string[]> {
  if (!Number.isInteger(minutes) || minutes < 1) throw new AppError('internal', `Not a whole number of minutes: ${minutes}.`);
  const numeric = [...new Set(ids)].filter((id) => {
    // Ids come from Jira itself; anything else is a bug upstream, not something to put in JQL.
    if (!/^\d+$/.test(id)) throw new AppError('internal', `Not a Jira issue id: "${id}".`);
    return true;
  });
  const out: string[] = [];
  for (const batch of chunks(numeric, UPDATED_IDS_PER_QUERY)) {
    const jql = `updated >= "-${minutes}m" AND id in (${batch.join(',')}) ORDER BY id ASC`;
    let next: string | null = null;
    do {
      const page: z.infer<typeof idPageSchema> = await api.call({
        method: 'POST',
        path: '/rest/api/3/search/jql',
        body: { jql, fields: ['id'], maxResults: ID_PAGE_SIZE, ...(next === null ? {} : { nextPageToken: next }) },
        schema: idPageSchema,
        signal,
        idempotent: true,
      });
      const token: string | null = page.isLast === true ? null : (page.nextPageToken ?? null);
      if (token !== null && token === next) throw stuckPagingError(api, 'issues', 'search/jql returned the nextPageToken it was given');
      for (const issue of page.issues) out.push(issue.id);
      next = token;
    } while (next !== null);
  }
  return out;
}
