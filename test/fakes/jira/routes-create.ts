import { sendJson } from '../respond.js';
import type { RouteContext, Router } from '../router.js';
import type { FakeIssue, FakeIssueType, FakeProject } from '../world.js';
import { requireJiraUser } from './jira-auth.js';
import { projectJson } from './jira-json.js';
import { sendJiraError } from './jira-respond.js';
import type { FakeJiraState } from './jira-state.js';
import { issueLookup, projectLookup } from './jira-world-index.js';

/** What creation adds beyond the world's issues: descriptions, labels and remote links. */
export interface FakeCreateStore {
  /** By issue id: what was sent, and who created it when (searched by `reporter` and `created`). */
  details: Map<string, { description: unknown; labels: string[]; reporterAccountId: string; createdAt: number }>;
  /** Remote links by issue id, in creation order. */
  remoteLinks: Map<string, Array<{ id: number; globalId: string | null; url: string; title: string; summary?: string }>>;
  /** Test hook: a summary for which this returns a message is refused like Jira refuses a field. */
  refuse: ((fields: { summary: string; projectKey: string }) => string | null) | null;
  /**
   * Test hook: when it returns true for a create request (single or bulk), the issues are created
   * but the connection is cut before the answer — what a timeout or a reset after Jira acted looks
   * like to the client.
   */
  loseAnswer: ((summaries: string[]) => boolean) | null;
  /**
   * Test hook: awaited once a bulk create has stored its issues, before the answer is sent — where
   * a test kills the client process, to stand for an app that dies between Jira's answer and its
   * own record of it.
   */
  afterBulkCreate: ((summaries: string[]) => Promise<void> | void) | null;
  nextLinkId: number;
}

const stores = new WeakMap<FakeJiraState, FakeCreateStore>();

/** The fake's creation side-data (created issues themselves go to `state.world.issues`). */
export function createStore(state: FakeJiraState): FakeCreateStore {
  let s = stores.get(state);
  if (!s) {
    s = { details: new Map(), remoteLinks: new Map(), refuse: null, loseAnswer: null, afterBulkCreate: null, nextLinkId: 10_000 };
    stores.set(state, s);
  }
  return s;
}

type FieldErrors = Record<string, string>;

/** An ADF document as v3 requires: `{type:'doc', version:1, content:[...]}`. A string is refused. */
const isAdf = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'doc' && (v as { version?: unknown }).version === 1 && Array.isArray((v as { content?: unknown }).content);

const ref = (v: unknown): { id?: string; key?: string; name?: string } | null => (typeof v === 'object' && v !== null ? (v as { id?: string; key?: string; name?: string }) : null);

interface Valid {
  project: FakeProject;
  type: FakeIssueType;
  summary: string;
  description: unknown;
  labels: string[];
  parent: FakeIssue | null;
}

/** Validates one [IssueUpdateDetails] like Jira: field errors keyed by field id. */
function validate(state: FakeJiraState, body: unknown): { ok: true; value: Valid } | { ok: false; errors: FieldErrors } {
  const fields = ref(ref(body) && (body as { fields?: unknown }).fields) as Record<string, unknown> | null;
  const errors: FieldErrors = {};
  if (!fields) return { ok: false, errors: { fields: 'Field values are required.' } };
  const p = ref(fields.project);
  const project = p ? projectLookup(state)(p.id ?? p.key ?? '') : undefined;
  if (!project) errors.project = 'Specify a valid project ID or key';
  const t = ref(fields.issuetype);
  const type = t ? state.world.issueTypes.find((x) => (t.id !== undefined ? x.id === t.id : x.name === t.name)) : undefined;
  if (!type) errors.issuetype = 'Specify a valid issue type';
  const summary = fields.summary;
  if (typeof summary !== 'string' || summary.trim() === '') errors.summary = 'You must specify a summary of the issue.';
  else if (summary.length > 255) errors.summary = 'Summary must be less than 255 characters.';
  if (fields.description !== undefined && !isAdf(fields.description)) errors.description = 'Operation value must be an Atlassian Document (see the Atlassian Document Format).';
  const labels = fields.labels ?? [];
  if (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string' || /\s/.test(l))) errors.labels = 'The label must not contain spaces.';
  const pr = ref(fields.parent);
  const parent = pr ? issueLookup(state)(pr.id ?? pr.key ?? '') : undefined;
  if (pr && !parent) errors.parent = 'Could not find issue by id or key.';
  if (type?.subtask && !pr) errors.parent = 'Sub-tasks must have a parent.';
  if (type && parent && parent.type.hierarchyLevel !== type.hierarchyLevel + 1) errors.parent = `An issue of type ${type.name} cannot have a ${parent.type.name} as its parent.`;
  const refused = typeof summary === 'string' && project ? createStore(state).refuse?.({ summary, projectKey: project.key }) : null;
  if (refused) errors.summary = refused;
  if (Object.keys(errors).length > 0 || !project || !type || typeof summary !== 'string') return { ok: false, errors };
  return { ok: true, value: { project, type, summary, description: fields.description, labels: labels as string[], parent: parent ?? null } };
}

/** Stores the issue like Jira: next numeric id, next key number in its project. */
function store(state: FakeJiraState, v: Valid, reporterAccountId: string): FakeIssue {
  const maxId = state.world.issues.reduce((m, i) => Math.max(m, Number(i.id) || 0), 10_000);
  const prefix = `${v.project.key}-`;
  const maxNum = state.world.issues.reduce((m, i) => (i.key.startsWith(prefix) ? Math.max(m, Number(i.key.slice(prefix.length)) || 0) : m), 0);
  const issue: FakeIssue = { id: String(maxId + 1), key: `${prefix}${maxNum + 1}`, summary: v.summary, projectId: v.project.id, type: v.type, parentId: v.parent?.id ?? null };
  state.world.issues.push(issue);
  createStore(state).details.set(issue.id, { description: v.description ?? null, labels: v.labels, reporterAccountId, createdAt: Date.now() });
  return issue;
}

const created = (ctx: RouteContext, i: FakeIssue): Record<string, string> => ({ id: i.id, key: i.key, self: `${ctx.baseUrl}/rest/api/3/issue/${i.id}` });

/**
 * Issue creation as Jira Cloud does it: `POST /rest/api/3/issue` (201 [CreatedIssue], 400 with
 * field errors), `POST /rest/api/3/issue/bulk` (≤50; 201 [CreatedIssues] with per-element errors,
 * 400 when every element failed), `GET /rest/api/3/project/{key}` (404 unknown) and
 * `POST /rest/api/3/issue/{key}/remotelink` (the same globalId updates: 200; new: 201).
 */
export function registerCreateRoutes(router: Router, state: FakeJiraState): void {
  router.post('/rest/api/3/issue', (ctx) => {
    const user = requireJiraUser(ctx, state);
    if (!user) return;
    const r = validate(state, ctx.body);
    if (!r.ok) return sendJiraError(ctx.res, 400, [], r.errors);
    const issue = store(state, r.value, user.accountId);
    if (createStore(state).loseAnswer?.([issue.summary])) return void ctx.res.socket?.destroy();
    sendJson(ctx.res, 201, created(ctx, issue));
  });

  router.post('/rest/api/3/issue/bulk', async (ctx) => {
    const user = requireJiraUser(ctx, state);
    if (!user) return;
    const updates = (ref(ctx.body) as { issueUpdates?: unknown } | null)?.issueUpdates;
    if (!Array.isArray(updates)) return sendJiraError(ctx.res, 400, ['issueUpdates is required.']);
    if (updates.length > 50) return sendJiraError(ctx.res, 400, ['Bulk create is limited to 50 issues per request.']);
    const issues: Array<Record<string, string>> = [];
    const errors: Array<{ status: number; elementErrors: { errorMessages: string[]; errors: FieldErrors }; failedElementNumber: number }> = [];
    updates.forEach((u, i) => {
      const r = validate(state, u);
      if (r.ok) issues.push(created(ctx, store(state, r.value, user.accountId)));
      else errors.push({ status: 400, elementErrors: { errorMessages: [], errors: r.errors }, failedElementNumber: i });
    });
    const summaries = updates.map((u) => String((u as { fields?: { summary?: unknown } } | null)?.fields?.summary ?? ''));
    if (issues.length > 0 && createStore(state).loseAnswer?.(summaries)) return void ctx.res.socket?.destroy();
    if (issues.length > 0) await createStore(state).afterBulkCreate?.(summaries);
    sendJson(ctx.res, issues.length === 0 && errors.length > 0 ? 400 : 201, { issues, errors });
  });

  router.get('/rest/api/3/project/:projectIdOrKey', (ctx) => {
    if (!requireJiraUser(ctx, state)) return;
    const key = ctx.params.projectIdOrKey ?? '';
    const p = projectLookup(state)(key);
    if (!p) return sendJiraError(ctx.res, 404, [`No project could be found with key '${key}'.`]);
    sendJson(ctx.res, 200, projectJson(ctx.baseUrl, p));
  });

  router.post('/rest/api/3/issue/:issueIdOrKey/remotelink', (ctx) => {
    if (!requireJiraUser(ctx, state)) return;
    const issue = issueLookup(state)(ctx.params.issueIdOrKey ?? '');
    if (!issue) return sendJiraError(ctx.res, 404, ['Issue does not exist or you do not have permission to see it.']);
    const body = ref(ctx.body) as { globalId?: unknown; object?: { url?: unknown; title?: unknown; summary?: unknown } } | null;
    const url = body?.object?.url;
    const title = body?.object?.title;
    if (typeof url !== 'string' || typeof title !== 'string') return sendJiraError(ctx.res, 400, [], { object: 'The remote object needs a url and a title.' });
    const s = createStore(state);
    const links = s.remoteLinks.get(issue.id) ?? [];
    s.remoteLinks.set(issue.id, links);
    const globalId = typeof body?.globalId === 'string' ? body.globalId : null;
    const summary = typeof body?.object?.summary === 'string' ? body.object.summary : undefined;
    const existing = globalId === null ? undefined : links.find((l) => l.globalId === globalId);
    const link = { globalId, url, title, ...(summary === undefined ? {} : { summary }) };
    if (existing) {
      Object.assign(existing, link);
      return sendJson(ctx.res, 200, { id: existing.id, self: `${ctx.baseUrl}/rest/api/3/issue/${issue.id}/remotelink/${existing.id}` });
    }
    const id = s.nextLinkId++;
    links.push({ id, ...link });
    sendJson(ctx.res, 201, { id, self: `${ctx.baseUrl}/rest/api/3/issue/${issue.id}/remotelink/${id}` });
  });
}
