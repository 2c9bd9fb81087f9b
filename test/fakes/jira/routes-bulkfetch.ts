import { sendJson } from '../respond.js';
import type { Router } from '../router.js';
import { requireJiraUser } from './jira-auth.js';
import { issueJson, selectFields } from './jira-json.js';
import { sendJiraError } from './jira-respond.js';
import type { FakeJiraState } from './jira-state.js';
import { issueLookup, peopleLookup, projectLookup, worklogsByIssue } from './jira-world-index.js';

const MAX_ISSUES = 100;

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((v) => typeof v === 'string');

/**
 * `POST /rest/api/3/issue/bulkfetch {issueIdsOrKeys, fields}` → `{issues, issueErrors}`. As the
 * spec says, issues that don't exist or can't be seen are simply left out; `issueErrors` only
 * lists retriable failures (here: `state.failingIssueIds`). `fields` defaults to all navigable.
 */
export function registerBulkFetchRoutes(router: Router, state: FakeJiraState): void {
  router.post('/rest/api/3/issue/bulkfetch', (ctx) => {
    if (!requireJiraUser(ctx, state)) return;
    const body = ctx.body as { issueIdsOrKeys?: unknown; fields?: unknown } | undefined;
    if (typeof body !== 'object' || body === null || !isStringArray(body.issueIdsOrKeys) || body.issueIdsOrKeys.length === 0) {
      return sendJiraError(ctx.res, 400, ['issueIdsOrKeys must contain at least one issue ID or key.']);
    }
    if (body.issueIdsOrKeys.length > MAX_ISSUES) {
      return sendJiraError(ctx.res, 400, [`The number of issues requested exceeds the maximum of ${MAX_ISSUES}.`]);
    }
    if (body.fields !== undefined && !isStringArray(body.fields)) return sendJiraError(ctx.res, 400, ['fields must be a list of field names.']);
    const fields = selectFields(body.fields ?? [], ['summary', 'issuetype', 'parent', 'project', 'worklog']);

    const issue = issueLookup(state);
    const logs = worklogsByIssue(state);
    const deps = {
      base: ctx.baseUrl,
      issue,
      project: projectLookup(state),
      worklogs: (id: string) => logs.get(id) ?? [],
      person: peopleLookup(state),
      embeddedWorklogs: state.limits.embeddedWorklogs,
      readerZone: state.readerZone,
    };
    const seen = new Set<string>();
    const issues: unknown[] = [];
    const issueErrors: Array<{ id: string; errorMessage: string }> = [];
    for (const idOrKey of body.issueIdsOrKeys) {
      const found = issue(idOrKey);
      if (!found || seen.has(found.id)) continue;
      seen.add(found.id);
      if (state.failingIssueIds.has(found.id)) issueErrors.push({ id: found.id, errorMessage: 'Retrieving this issue failed. Try again later.' });
      else issues.push(issueJson(found, fields, deps));
    }
    sendJson(ctx.res, 200, { expand: 'schema,names', issues, issueErrors });
  });
}
