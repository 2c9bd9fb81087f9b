import type { RouteContext } from '../router.js';
import { sendJiraError } from './jira-respond.js';

/**
 * An integer query parameter, or `fallback` when absent. Answers 400 (Jira's body) and returns
 * null when the value is not a non-negative integer, so routes just `if (x === null) return`.
 */
export function intParam(ctx: RouteContext, name: string, fallback: number): number | null {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) {
    sendJiraError(ctx.res, 400, [`Invalid value '${raw}' for parameter '${name}': a non-negative integer is expected.`]);
    return null;
  }
  return Number(raw);
}

/** The request's own URL below the fake's base, for `self` links. */
export function selfUrl(ctx: RouteContext): string {
  const url = ctx.req.url ?? '';
  const q = url.indexOf('?');
  return `${ctx.baseUrl}${ctx.path}${q >= 0 ? url.slice(q) : ''}`;
}

/** The same request with some query parameters replaced: `nextPage` links. */
export function pageUrl(ctx: RouteContext, replace: Record<string, string | number>): string {
  const url = new URL(`${ctx.baseUrl}${ctx.path}`);
  ctx.query.forEach((v, k) => {
    if (!(k in replace)) url.searchParams.append(k, v);
  });
  for (const [k, v] of Object.entries(replace)) url.searchParams.set(k, String(v));
  return url.toString();
}
