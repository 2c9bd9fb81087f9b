import type { FakeIssue, FakeWorklog } from '../world.js';
import { sendJson } from '../respond.js';
import type { Router } from '../router.js';
import { requireJiraUser } from './jira-auth.js';
import { issueJson, selectFields } from './jira-json.js';
import type { JqlQuery } from './jira-jql.js';
import { compare, parseJql } from './jira-jql.js';
import { intParam } from './jira-params.js';
import { sendJiraError } from './jira-respond.js';
import type { FakeJiraState } from './jira-state.js';
import { utcDateOfStarted } from './jira-time.js';
import { byNumericId, issueLookup, peopleLookup, projectLookup, worklogsByIssue } from './jira-world-index.js';

/** Jira's ceiling for id/key-only pages. */
const ID_ONLY_MAX = 5000;

interface Cursor {
  offset: number;
  page: number;
}

// Opaque to clients, like Jira's: they must hand it back, never build or parse it.
const encodeToken = (c: Cursor): string => Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');

function decodeToken(token: string): Cursor | null {
  try {
    const c = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<Cursor>;
    return Number.isInteger(c.offset) && Number.isInteger(c.page) && (c.offset as number) >= 0 ? (c as Cursor) : null;
  } catch {
    return null;
  }
}

function keyOrder(a: FakeIssue, b: FakeIssue): number {
  const [pa = '', na = '0'] = a.key.split('-');
  const [pb = '', nb = '0'] = b.key.split('-');
  return pa < pb ? -1 : pa > pb ? 1 : Number(na) - Number(nb);
}

/** The issues a query selects, in its order: the whole result, so tokens are simple offsets. */
function evaluate(state: FakeJiraState, q: JqlQuery): FakeIssue[] {
  const logs = worklogsByIssue(state);
  const project = projectLookup(state);
  const matches = state.world.issues.filter((issue) =>
    q.clauses.every((c) => {
      if (c.field === 'project') {
        const p = project(issue.projectId);
        const hit = p !== undefined && [p.id, p.key.toUpperCase(), p.name.toUpperCase()].includes(c.value.toUpperCase());
        return c.op === '!=' ? !hit : hit;
      }
      // worklogDate: any of the issue's worklogs, its date taken in the searcher's zone (UTC here).
      return (logs.get(issue.id) ?? []).some((w) => compare(utcDateOfStarted(w.started), c.op, c.value));
    }),
  );
  const order = q.orderBy.length > 0 ? q.orderBy : [{ field: 'id' as const, desc: false }];
  return matches.sort((a, b) => {
    for (const o of order) {
      const r = o.field === 'id' ? byNumericId(a, b) : keyOrder(a, b);
      if (r !== 0) return o.desc ? -r : r;
    }
    return 0;
  });
}

/**
 * `GET /rest/api/3/search/jql`: pages by `nextPageToken` (absent on the last page) and `isLast`,
 * no `total`. Pages are often shorter than asked, even when more follow (`limits.search`,
 * `limits.shortPageEvery`), so only the token says whether to go on. `fields` defaults to id only.
 */
export function registerSearchRoutes(router: Router, state: FakeJiraState): void {
  router.get('/rest/api/3/search/jql', (ctx) => {
    if (!requireJiraUser(ctx, state)) return;
    const parsed = parseJql(ctx.query.get('jql') ?? '');
    if (!parsed.ok) return sendJiraError(ctx.res, parsed.status, [parsed.message]);
    const maxResults = intParam(ctx, 'maxResults', 50);
    if (maxResults === null) return;
    const token = ctx.query.get('nextPageToken');
    const cursor = token === null || token === '' ? { offset: 0, page: 0 } : decodeToken(token);
    if (cursor === null) return sendJiraError(ctx.res, 400, ['The provided next page token is invalid or expired.']);

    const fields = selectFields(ctx.query.getAll('fields'), []);
    let size = Math.max(1, Math.min(maxResults, fields.size === 0 ? ID_ONLY_MAX : state.limits.search));
    const every = state.limits.shortPageEvery;
    if (every > 0 && cursor.page % every === every - 1) size = Math.max(1, Math.floor(size / 3));

    const all = evaluate(state, parsed.query);
    const slice = all.slice(cursor.offset, cursor.offset + size);
    const end = cursor.offset + slice.length;
    const isLast = end >= all.length;
    const logs = fields.has('worklog') ? worklogsByIssue(state) : new Map<string, FakeWorklog[]>();
    const deps = {
      base: ctx.baseUrl,
      issue: issueLookup(state),
      project: projectLookup(state),
      worklogs: (id: string) => logs.get(id) ?? [],
      person: peopleLookup(state),
      embeddedWorklogs: state.limits.embeddedWorklogs,
    };
    sendJson(ctx.res, 200, {
      issues: slice.map((i) => issueJson(i, fields, deps)),
      ...(isLast ? {} : { nextPageToken: encodeToken({ offset: end, page: cursor.page + 1 }) }),
      isLast,
    });
  });
}
