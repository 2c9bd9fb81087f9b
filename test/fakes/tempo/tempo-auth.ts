import { htmlPage, sendHtml } from '../respond.js';
import type { RouteContext } from '../router.js';
import type { FakeTempoState } from './tempo-state.js';

/** Tempo documents 401 as text/html (not JSON): answer like it. Returns false after answering. */
export function requireTempoToken(ctx: RouteContext, state: FakeTempoState): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(ctx.req.headers.authorization ?? '');
  if (m?.[1] !== undefined && state.tokens.includes(m[1].trim())) return true;
  sendHtml(ctx.res, 401, htmlPage('401 Unauthorized', 'Authentication failed.'));
  return false;
}
