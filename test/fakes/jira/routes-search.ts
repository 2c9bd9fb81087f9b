import type { FakeIssue, FakeWorklog } from '../world.js';
import { sendJson } from '../respond.js';
import type { RouteContext, Router } from '../router.js';
import { requireJiraUser } from './jira-auth.js';
import { issueJson, selectFields } from './jira-json.js';
import type { JqlClause, JqlQuery } from './jira-jql.js';
import { compare, parseJql, relativeMinutes } from './jira-jql.js';
import { updatedValueMs } from './jira-jql-updated.js';
import { createStore } from './routes-create.js';
import { intParam } from './jira-params.js';
import { sendJiraError } from './jira-respond.js';
import type { FakeJiraState } from './jira-state.js';
import { worklogDateForReader } from './jira-zone.js';
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

/** `=` / `!=` against a set of names an issue answers to (id, key, name…), case-insensitively. */
const named = (c: JqlClause, names: Array<string | undefined>): boolean => {
  const hit = names.some((n) => n !== undefined && n.toUpperCase() === c.value.toUpperCase());
  return c.op === '!=' ? !hit : hit;
};

/** The issues a query selects, in its order: the whole result, so tokens are simple offsets. */
export function evaluate(state: FakeJiraState, q: JqlQuery, searcherAccountId: string): FakeIssue[] {
  const logs = worklogsByIssue(state);
  const project = projectLookup(state);
  const issue = issueLookup(state);
  const details = createStore(state).details;
  // Issues of the generated world were made long before any test: created at 0, by nobody we know.
  const createdAt = (i: FakeIssue): number => details.get(i.id)?.createdAt ?? 0;
  const now = Date.now();
  const matches = state.world.issues.filter((i) =>
    q.clauses.every((c) => {
      switch (c.field) {
        case 'project': {
          const p = project(i.projectId);
          return named(c, [p?.id, p?.key, p?.name]);
        }
        case 'issuetype':
          return named(c, [i.type.id, i.type.name]);
        case 'parent': {
          const parent = i.parentId === null ? undefined : issue(i.parentId);
          return named(c, [parent?.id, parent?.key]);
        }
        case 'reporter':
          return named({ ...c, value: searcherAccountId }, [details.get(i.id)?.reporterAccountId]);
        case 'labels':
          // Labels given at creation (the generated world's issues have none).
          return named(c, details.get(i.id)?.labels ?? []);
        case 'created': {
          const since = now - (relativeMinutes(c.value) ?? 0) * 60_000;
          return compare(String(createdAt(i)).padStart(16, '0'), c.op, String(since).padStart(16, '0'));
        }
        case 'updated':
          // A wall-clock value is read in the searcher's (reader's) zone. Never-touched issues of the generated world were updated long ago (0).
          return compare(String(i.updated ?? 0).padStart(16, '0'), c.op, String(updatedValueMs(c.value, state.now(), state.readerZone)).padStart(16, '0'));
        case 'id':
          return new Set(c.values).has(i.id) === (c.op === 'in');
        case 'worklogDate':
          // Any of the issue's worklogs, its date taken in the searcher's (reader's) zone.
          return (logs.get(i.id) ?? []).some((w) => compare(worklogDateForReader(w.started, state.readerZone), c.op, c.value));
      }
    }),
  );
  const order = q.orderBy.length > 0 ? q.orderBy : [{ field: 'id' as const, desc: false }];
  return matches.sort((a, b) => {
    for (const o of order) {
      const r = o.field === 'id' ? byNumericId(a, b) : o.field === 'created' ? createdAt(a) - createdAt(b) || byNumericId(a, b) : keyOrder(a, b);
      if (r !== 0) return o.desc ? -r : r;
    }
    return 0;
  });
}

/** What a search/jql request asks for, from the query string (GET) or the JSON body (POST). */
export interface SearchParams {
  jql: string;
  maxResults: number;
  nextPageToken: string | null;
  fields: readonly string[];
}

/**
 * Answers one search/jql page: pages by `nextPageToken` (absent on the last page) and `isLast`,
 * no `total`. Pages are often shorter than asked, even when more follow (`limits.search`,
 * `limits.shortPageEvery`), so only the token says whether to go on. `fields` defaults to id only.
 */
export function answerSearch(ctx: RouteContext, state: FakeJiraState, accountId: string, p: SearchParams): void {
  const parsed = parseJql(p.jql);
  if (!parsed.ok) return sendJiraError(ctx.res, parsed.status, [parsed.message]);
  const token = p.nextPageToken;
  const cursor = token === null || token === '' ? { offset: 0, page: 0 } : decodeToken(token);
  if (cursor === null) return sendJiraError(ctx.res, 400, ['The provided next page token is invalid or expired.']);

  const fields = selectFields(p.fields, []);
  let size = Math.max(1, Math.min(p.maxResults, fields.size === 0 ? ID_ONLY_MAX : state.limits.search));
  const every = state.limits.shortPageEvery;
  if (every > 0 && cursor.page % every === every - 1) size = Math.max(1, Math.floor(size / 3));

  const all = evaluate(state, parsed.query, accountId);
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
    readerZone: state.readerZone,
  };
  sendJson(ctx.res, 200, {
    issues: slice.map((i) => issueJson(i, fields, deps)),
    ...(isLast ? {} : { nextPageToken: encodeToken({ offset: end, page: cursor.page + 1 }) }),
    isLast,
  });
}

/** `GET /rest/api/3/search/jql` (the POST form, for long JQL, is in routes-search-post.ts). */
export function registerSearchRoutes(router: Router, state: FakeJiraState): void {
  router.get('/rest/api/3/search/jql', (ctx) => {
    const user = requireJiraUser(ctx, state);
    if (!user) return;
    const maxResults = intParam(ctx, 'maxResults', 50);
    if (maxResults === null) return;
    answerSearch(ctx, state, user.accountId, { jql: ctx.query.get('jql') ?? '', maxResults, nextPageToken: ctx.query.get('nextPageToken'), fields: ctx.query.getAll('fields') });
  });
}
