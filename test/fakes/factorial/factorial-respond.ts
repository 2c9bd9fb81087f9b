import { sendJson } from '../respond.js';
import type { RouteContext } from '../router.js';
import type { FakeFactorialState } from './factorial-state.js';

/** Factorial's error body shape. */
export const factorialError = (status: number, message: string): unknown => ({ error: { code: status, message } });

/** `x-api-key` must be one of the keys; otherwise 401 JSON, as the dated API answers. Returns false after answering. */
export function requireApiKey(ctx: RouteContext, state: FakeFactorialState): boolean {
  const key = ctx.req.headers['x-api-key'];
  if (typeof key === 'string' && state.apiKeys.includes(key)) return true;
  sendJson(ctx.res, 401, factorialError(401, 'Unauthorized: invalid or missing API key'));
  return false;
}

/** The path's version must be one the fake serves (Factorial answers 404 for unknown versions). */
export function requireVersion(ctx: RouteContext, state: FakeFactorialState): boolean {
  if (state.versions.includes(ctx.params.version ?? '')) return true;
  sendJson(ctx.res, 404, factorialError(404, `Unknown API version ${ctx.params.version ?? ''}`));
  return false;
}

export const MAX_LIMIT = 100;

const encodeCursor = (id: number): string => Buffer.from(`cursor:${id}`).toString('base64url');
const decodeCursor = (c: string): number | null => {
  const m = /^cursor:(\d+)$/.exec(Buffer.from(c, 'base64url').toString('utf8'));
  return m ? Number(m[1]) : null;
};

/**
 * Sends one cursor page of `items` (sorted by id): `after_id` is the previous page's opaque
 * `end_cursor`, `limit` at most 100 (400 beyond), and `state.pageLimit` may serve fewer than
 * asked while `has_next_page` stays true.
 */
export function sendPage<T extends { id: number }>(ctx: RouteContext, state: FakeFactorialState, items: readonly T[]): void {
  const rawLimit = ctx.query.get('limit');
  const limit = rawLimit === null ? MAX_LIMIT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) return sendJson(ctx.res, 400, factorialError(400, `limit must be between 1 and ${MAX_LIMIT}`));
  const after = ctx.query.get('after_id');
  const afterId = after === null ? null : decodeCursor(after);
  if (after !== null && afterId === null) return sendJson(ctx.res, 400, factorialError(400, 'invalid after_id cursor'));
  const sorted = [...items].sort((a, b) => a.id - b.id);
  const rest = afterId === null ? sorted : sorted.filter((x) => x.id > afterId);
  const page = rest.slice(0, Math.min(limit, state.pageLimit ?? limit));
  const last = page[page.length - 1];
  const hasNext = rest.length > page.length;
  sendJson(ctx.res, 200, {
    data: page,
    meta: { has_next_page: hasNext, has_previous_page: afterId !== null, start_cursor: page[0] ? encodeCursor(page[0].id) : null, end_cursor: last ? encodeCursor(last.id) : null, limit, total: items.length },
  });
}
