import type { RouteContext } from '../router.js';
import { sendJiraError } from './jira-respond.js';
import type { FakeJiraState, FakeJiraUser } from './jira-state.js';

/**
 * Jira Cloud's answer to the Authorization header:
 * - no header: anonymous; endpoints that need a user answer 401 without X-Seraph-LoginReason;
 * - Basic with a wrong email or token: 401 and `X-Seraph-LoginReason: AUTHENTICATED_FAILED`;
 * - an account that must solve a CAPTCHA first: 403 and `AUTHENTICATION_DENIED`.
 * Returns the user, or null after having answered.
 */
export function requireJiraUser(ctx: RouteContext, state: FakeJiraState): FakeJiraUser | null {
  const header = ctx.req.headers.authorization;
  if (header === undefined) {
    sendJiraError(ctx.res, 401, ['You are not authenticated. Authentication required to perform this operation.']);
    return null;
  }
  const m = /^Basic\s+(.+)$/i.exec(header);
  const decoded = m?.[1] === undefined ? '' : Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const email = colon < 0 ? '' : decoded.slice(0, colon);
  const token = colon < 0 ? '' : decoded.slice(colon + 1);
  const user = state.users.find((u) => u.email.toLowerCase() === email.toLowerCase() && u.token === token);
  if (!user) {
    sendJiraError(ctx.res, 401, ['Client must be authenticated to access this resource.'], {}, { 'X-Seraph-LoginReason': 'AUTHENTICATED_FAILED' });
    return null;
  }
  if (user.captcha) {
    sendJiraError(ctx.res, 403, ['CAPTCHA_CHALLENGE'], {}, {
      'X-Seraph-LoginReason': 'AUTHENTICATION_DENIED',
      'X-Authentication-Denied-Reason': `CAPTCHA_CHALLENGE; login-url=${ctx.baseUrl}/login.jsp`,
    });
    return null;
  }
  return user;
}
