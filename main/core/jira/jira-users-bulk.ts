import type { JiraApi } from './jira-api.js';
import { chunks } from './jira-api.js';
import { jiraUserPageSchema } from './jira-sync-schemas.js';

export interface JiraUser {
  accountId: string;
  displayName: string;
  /** null when the user's privacy settings hide it (Jira leaves it out or sends it empty). */
  email: string | null;
  active: boolean;
}

/** Accounts per request (one query key each); also the page size asked for. */
export const USERS_BULK_MAX = 100;

/**
 * `GET /rest/api/3/user/bulk?accountId=…`: pages by `startAt` because Jira answers 10 per page
 * unless asked, and may cap a larger `maxResults`; stops on `isLast`, an empty page, or once as
 * many users as ids arrived. Unknown account ids are simply absent.
 */
export async function usersBulk(api: JiraApi, accountIds: readonly string[], signal?: AbortSignal): Promise<JiraUser[]> {
  const out: JiraUser[] = [];
  for (const batch of chunks([...new Set(accountIds)], USERS_BULK_MAX)) {
    let startAt = 0;
    for (;;) {
      const page = await api.call({
        path: '/rest/api/3/user/bulk',
        query: { accountId: batch, startAt, maxResults: USERS_BULK_MAX },
        schema: jiraUserPageSchema,
        signal,
      });
      for (const u of page.values) {
        const email = u.emailAddress?.trim() ?? '';
        out.push({ accountId: u.accountId, displayName: u.displayName, email: email === '' ? null : email, active: u.active ?? true });
      }
      startAt += page.values.length;
      const last = page.isLast ?? (page.total !== undefined && startAt >= page.total);
      // Never more users than ids asked for: that bound also ends a server that never says isLast.
      if (last || page.values.length === 0 || startAt >= batch.length) break;
    }
  }
  return out;
}
