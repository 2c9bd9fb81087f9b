import { sendJson } from '../respond.js';
import type { RouteContext, Router } from '../router.js';
import { requireTempoToken } from './tempo-auth.js';
import type { FakeTempoState, TempoWorklogJson } from './tempo-state.js';
import { toTempoWorklogJson } from './tempo-worklog-json.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The spec's format for `updatedFrom`: `yyyy-MM-dd['T'HH:mm:ss]['Z']`. */
const UPDATED_FROM = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z?)?$/;
const ORDER_BY = ['ID', 'START_DATE_TIME', 'UPDATED'] as const;
type OrderBy = (typeof ORDER_BY)[number];
/** The spec declares default 50 and no maximum; Tempo documents 5000 as the most per page and caps larger asks. */
export const TEMPO_DEFAULT_LIMIT = 50;
export const TEMPO_MAX_LIMIT = 5000;

function badRequest(ctx: RouteContext, message: string): void {
  sendJson(ctx.res, 400, { errors: { message } });
}

/** An integer query parameter: its value, `fallback` when absent, or null when not an integer. */
function intParam(ctx: RouteContext, name: string, fallback: number): number | null {
  const raw = ctx.query.get(name);
  if (raw === null) return fallback;
  return /^-?\d+$/.test(raw) ? Number(raw) : null;
}

const idOf = (r: TempoWorklogJson): number => (typeof r.tempoWorklogId === 'number' ? r.tempoWorklogId : Number.POSITIVE_INFINITY);
const issueIdOf = (r: TempoWorklogJson): string => String((r.issue as { id?: unknown } | undefined)?.id ?? '');
const updatedMs = (r: TempoWorklogJson): number => (typeof r.updatedAt === 'string' ? Date.parse(r.updatedAt) : Number.NaN);
const startKey = (r: TempoWorklogJson): string =>
  typeof r.startDateTimeUtc === 'string' ? r.startDateTimeUtc : `${r.startDate}T${typeof r.startTime === 'string' ? r.startTime : '00:00:00'}Z`;

/** Stable order: by id when no `orderBy` is given; otherwise by the field, descending as the spec says, id breaking ties. */
function sortRecords(records: TempoWorklogJson[], orderBy: OrderBy | null): TempoWorklogJson[] {
  const byId = (a: TempoWorklogJson, b: TempoWorklogJson): number => idOf(a) - idOf(b);
  if (orderBy === null) return records.sort(byId);
  const field = (a: TempoWorklogJson, b: TempoWorklogJson): number => {
    if (orderBy === 'UPDATED') return (updatedMs(a) || 0) - (updatedMs(b) || 0);
    if (orderBy === 'START_DATE_TIME') return startKey(a) < startKey(b) ? -1 : startKey(a) > startKey(b) ? 1 : 0;
    return 0;
  };
  return records.sort((a, b) => field(b, a) || byId(b, a));
}

/**
 * `GET /4/worklogs?from&to&offset&limit&updatedFrom&orderBy&issueId&projectId` →
 * `{self, metadata:{count, offset, limit, next?, previous?}, results}`, built from the world on
 * every request (so mutations show at once). `from`/`to` compare with the worklog's local date.
 * `metadata.limit` echoes what was asked (capped at 5000) even when `pageLimit` serves fewer, so a
 * client that reads `count < limit` as "last page" stops early and is caught.
 */
export function registerWorklogRoutes(router: Router, state: FakeTempoState): void {
  router.get('/4/worklogs', (ctx) => {
    if (!requireTempoToken(ctx, state)) return;
    const from = ctx.query.get('from');
    const to = ctx.query.get('to');
    for (const [name, value] of [['from', from], ['to', to]] as const) {
      if (value !== null && !DAY.test(value)) return badRequest(ctx, `'${name}' must be valid on the format: 'yyyy-MM-dd'`);
    }
    const updatedFrom = ctx.query.get('updatedFrom');
    if (updatedFrom !== null && !UPDATED_FROM.test(updatedFrom)) return badRequest(ctx, `'updatedFrom' must be valid on the format: 'yyyy-MM-dd['T'HH:mm:ss]['Z']'`);
    const orderBy = ctx.query.get('orderBy');
    if (orderBy !== null && !(ORDER_BY as readonly string[]).includes(orderBy)) return badRequest(ctx, `'orderBy' must be one of ${ORDER_BY.join(', ')}`);
    const offset = intParam(ctx, 'offset', 0);
    if (offset === null || offset < 0) return badRequest(ctx, `'offset' must be a number greater than or equal to 0`);
    const asked = intParam(ctx, 'limit', TEMPO_DEFAULT_LIMIT);
    if (asked === null || asked < 1) return badRequest(ctx, `'limit' must be a number greater than 0`);
    const issueIds = ctx.query.getAll('issueId');
    const projectIds = ctx.query.getAll('projectId');
    for (const [name, values] of [['issueId', issueIds], ['projectId', projectIds]] as const) {
      if (values.some((v) => !/^\d+$/.test(v))) return badRequest(ctx, `'${name}' must be a number`);
    }

    const limit = Math.min(TEMPO_MAX_LIMIT, asked);
    const updatedFromMs = updatedFrom === null ? null : Date.parse(updatedFrom.includes('T') && !updatedFrom.endsWith('Z') ? `${updatedFrom}Z` : updatedFrom);
    const projectOfIssue = new Map(state.world.issues.map((i) => [i.id, i.projectId]));
    const records = [...state.world.worklogs.map((w) => toTempoWorklogJson(w, ctx.baseUrl, state.jiraUrl)), ...state.extraWorklogs];
    const matching = sortRecords(
      records.filter(
        (r) =>
          (from === null || r.startDate >= from) &&
          (to === null || r.startDate <= to) &&
          (updatedFromMs === null || updatedMs(r) >= updatedFromMs) &&
          (issueIds.length === 0 || issueIds.includes(issueIdOf(r))) &&
          (projectIds.length === 0 || projectIds.includes(projectOfIssue.get(issueIdOf(r)) ?? '')),
      ),
      orderBy as OrderBy | null,
    );
    const pageSize = Math.min(limit, state.pageLimit ?? limit);
    const results = matching.slice(offset, offset + pageSize);

    // Links keep every parameter the client sent (from, to, limit...) and move only the offset.
    const link = (at: number): string => {
      const url = new URL(`${state.linkOrigin ?? ctx.baseUrl}${ctx.path}`);
      ctx.query.forEach((v, k) => {
        if (k !== 'offset') url.searchParams.append(k, v);
      });
      url.searchParams.set('offset', String(at));
      return url.toString();
    };
    const metadata: Record<string, unknown> = { count: results.length, offset, limit };
    if (offset + results.length < matching.length) metadata.next = link(offset + results.length);
    if (offset > 0) metadata.previous = link(Math.max(0, offset - pageSize));
    const search = ctx.req.url?.includes('?') ? ctx.req.url.slice(ctx.req.url.indexOf('?')) : '';
    sendJson(ctx.res, 200, { self: `${ctx.baseUrl}${ctx.path}${search}`, metadata, results });
  });
}
