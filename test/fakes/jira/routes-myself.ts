import type { Router } from '../router.js';
import { sendJson } from '../respond.js';
import { requireJiraUser } from './jira-auth.js';
import type { FakeJiraState } from './jira-state.js';

/** `GET /rest/api/3/myself`, shaped like the platform spec's `User` example. */
export function registerMyselfRoutes(router: Router, state: FakeJiraState): void {
  router.get('/rest/api/3/myself', (ctx) => {
    const user = requireJiraUser(ctx, state);
    if (!user) return;
    const avatar = (size: number): string => `https://avatar-management.example/initials/${encodeURIComponent(user.displayName.slice(0, 2))}.png?size=${size}`;
    sendJson(ctx.res, 200, {
      self: `${ctx.baseUrl}/rest/api/3/user?accountId=${user.accountId}`,
      accountId: user.accountId,
      accountType: 'atlassian',
      ...(user.emailHidden ? {} : { emailAddress: user.email }),
      avatarUrls: { '16x16': avatar(16), '24x24': avatar(24), '32x32': avatar(32), '48x48': avatar(48) },
      displayName: user.displayName,
      active: user.active ?? true,
      timeZone: 'Europe/Madrid',
      locale: 'en_US',
      groups: { size: 1, items: [] },
      applicationRoles: { size: 1, items: [] },
      expand: 'groups,applicationRoles',
    });
  });
}
