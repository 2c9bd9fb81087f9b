import { sendJson } from '../respond.js';
import type { Router } from '../router.js';
import { requireTempoToken } from './tempo-auth.js';
import type { FakeTempoState } from './tempo-state.js';

/**
 * `GET /4/teams?offset&limit` (paged, `metadata.next` while more exist) and
 * `GET /4/teams/{id}/members` (`PageableMemberMemberships`: each member with the active
 * membership — commitmentPercent, from, exclusive `to` and `inclusiveTo`), from state.teams.
 */
export function registerTeamRoutes(router: Router, state: FakeTempoState): void {
  router.get('/4/teams', (ctx) => {
    if (!requireTempoToken(ctx, state)) return;
    const offset = Number(ctx.query.get('offset') ?? 0);
    const limit = Math.min(Number(ctx.query.get('limit') ?? 50), 50);
    const all = state.teams.map((t) => ({ id: t.id, name: t.name, self: `${ctx.baseUrl}/4/teams/${t.id}` }));
    const results = all.slice(offset, offset + limit);
    const more = offset + limit < all.length;
    sendJson(ctx.res, 200, {
      self: `${ctx.baseUrl}/4/teams?offset=${offset}&limit=${limit}`,
      metadata: { count: results.length, offset, limit, ...(more ? { next: `${ctx.baseUrl}/4/teams?offset=${offset + limit}&limit=${limit}` } : {}) },
      results,
    });
  });

  router.get('/4/teams/:id/members', (ctx) => {
    if (!requireTempoToken(ctx, state)) return;
    const team = state.teams.find((t) => String(t.id) === ctx.params.id);
    if (!team) {
      sendJson(ctx.res, 404, { errors: { message: 'Team cannot be found in the system' } });
      return;
    }
    const next = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const results = team.members.map((m, i) => ({
      member: { accountId: m.accountId, self: `https://fake-jira.invalid/rest/api/3/user?accountId=${m.accountId}` },
      memberships: {
        self: `${ctx.baseUrl}/4/teams/${team.id}/members/${m.accountId}`,
        active: {
          id: 1000 + i,
          commitmentPercent: m.commitmentPercent,
          ...(m.from ? { from: m.from } : {}),
          ...(m.to ? { to: next(m.to), inclusiveTo: m.to } : {}),
          role: { id: 1, name: 'Member', default: true },
          self: `${ctx.baseUrl}/4/team-memberships/${1000 + i}`,
        },
      },
      team: { self: `${ctx.baseUrl}/4/teams/${team.id}` },
    }));
    sendJson(ctx.res, 200, { self: `${ctx.baseUrl}/4/teams/${team.id}/members`, metadata: { count: results.length, offset: 0, limit: 50 }, results });
  });
}
