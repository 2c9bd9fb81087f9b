import type { Router } from '../router.js';
import { requireJiraUser } from './jira-auth.js';
import { sendJiraError } from './jira-respond.js';
import type { FakeJiraState } from './jira-state.js';
import { answerSearch } from './routes-search.js';

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((v) => typeof v === 'string');

/**
 * `POST /rest/api/3/search/jql` [SearchAndReconcileRequestBean] `{jql, nextPageToken, maxResults,
 * fields}`: the same search as the GET form, for JQL too long for a URL (e.g. `id in (…)` with
 * thousands of ids). Unknown body properties are refused, like the spec's additionalProperties: false.
 */
export function registerSearchPostRoutes(router: Router, state: FakeJiraState): void {
  router.post('/rest/api/3/search/jql', (ctx) => {
    const user = requireJiraUser(ctx, state);
    if (!user) return;
    const body = ctx.body as Record<string, unknown> | undefined;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return sendJiraError(ctx.res, 400, ['The request body is not valid JSON.']);
    const known = new Set(['jql', 'nextPageToken', 'maxResults', 'fields', 'expand', 'properties', 'fieldsByKeys', 'failFast', 'reconcileIssues']);
    const unknown = Object.keys(body).filter((k) => !known.has(k));
    if (unknown.length > 0) return sendJiraError(ctx.res, 400, [`Unrecognized field "${unknown[0]}".`]);
    const { jql, nextPageToken, maxResults, fields } = body;
    if (jql !== undefined && typeof jql !== 'string') return sendJiraError(ctx.res, 400, ['jql must be a string.']);
    if (nextPageToken !== undefined && nextPageToken !== null && typeof nextPageToken !== 'string') return sendJiraError(ctx.res, 400, ['nextPageToken must be a string.']);
    if (maxResults !== undefined && (!Number.isInteger(maxResults) || (maxResults as number) < 0)) return sendJiraError(ctx.res, 400, ['maxResults must be a whole number.']);
    if (fields !== undefined && !isStringArray(fields)) return sendJiraError(ctx.res, 400, ['fields must be a list of field names.']);
    answerSearch(ctx, state, user.accountId, { jql: jql ?? '', maxResults: (maxResults as number | undefined) ?? 50, nextPageToken: nextPageToken ?? null, fields: fields ?? [] });
  });
}
