import { sendJson } from '../respond.js';
import type { Router } from '../router.js';
import { approvalKey, periodOf, periodsOver } from './approvals-state.js';
import { requireTempoToken } from './tempo-auth.js';
import type { FakeTempoState } from './tempo-state.js';
import { DEFAULT_SCHEDULE, dayOf } from './routes-user-schedule.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `GET /4/periods?from&to` → `TimesheetApprovalPeriodsBean` ({periods:[{from,to}]}), and
 * `GET /4/timesheet-approvals/team/{teamId}?from[&to]` → `TimesheetApprovalResults` (metadata has
 * only `count`; no paging): one `TimesheetApproval` per member of the team during the period that
 * holds `from` — required seconds from the member's schedule, time spent from the world's
 * worklogs, status from state.approvals (OPEN by default). 404 for an unknown team, 403 for a
 * team in `forbiddenTeams` (a token whose account may not view its timesheets).
 */
export function registerApprovalRoutes(router: Router, state: FakeTempoState): void {
  const badDate = (name: string, value: string | null, required: boolean): string | null =>
    (value === null && !required) || (value !== null && DAY.test(value)) ? null : `Non valid date '${value ?? ''}' for '${name}': format must be yyyy-MM-dd`;

  router.get('/4/periods', (ctx) => {
    if (!requireTempoToken(ctx, state)) return;
    const from = ctx.query.get('from');
    const to = ctx.query.get('to');
    const bad = badDate('from', from, true) ?? badDate('to', to, true);
    if (bad !== null || from === null || to === null) {
      sendJson(ctx.res, 400, { errors: { message: bad ?? 'from and to are required' } });
      return;
    }
    sendJson(ctx.res, 200, { periods: periodsOver(state.approvals.period, from, to) });
  });

  router.get('/4/timesheet-approvals/team/:teamId', (ctx) => {
    if (!requireTempoToken(ctx, state)) return;
    const team = state.teams.find((t) => String(t.id) === ctx.params.teamId);
    if (!team) {
      sendJson(ctx.res, 404, { errors: { message: 'Team cannot be found in the system' } });
      return;
    }
    if (state.approvals.forbiddenTeams.has(team.id)) {
      sendJson(ctx.res, 403, { errors: { message: 'You do not have permission to view timesheets of this team' } });
      return;
    }
    const from = ctx.query.get('from');
    const bad = badDate('from', from, true) ?? badDate('to', ctx.query.get('to'), false);
    if (bad !== null || from === null) {
      sendJson(ctx.res, 400, { errors: { message: bad ?? 'from is required' } });
      return;
    }
    const period = periodOf(state.approvals.period, from);
    const members = team.members.filter((m) => (m.from ?? '0000-00-00') <= period.to && (m.to ?? '9999-12-31') >= period.from);
    const results = members.map((m) => {
      const schedule = state.schedules.get(m.accountId) ?? DEFAULT_SCHEDULE;
      let required = 0;
      for (let d = new Date(`${period.from}T00:00:00Z`); d.toISOString().slice(0, 10) <= period.to; d.setUTCDate(d.getUTCDate() + 1)) {
        required += Number(dayOf(schedule, d, ctx.baseUrl).requiredSeconds);
      }
      const spent = state.world.worklogs
        .filter((w) => w.authorAccountId === m.accountId && w.started.slice(0, 10) >= period.from && w.started.slice(0, 10) <= period.to)
        .reduce((n, w) => n + w.timeSpentSeconds, 0);
      const s = state.approvals.statuses.get(approvalKey(m.accountId, period.from)) ?? { key: 'OPEN' as const };
      const self = `${ctx.baseUrl}/4/timesheet-approvals/user/${m.accountId}?from=${period.from}&to=${period.to}`;
      return {
        self,
        period,
        requiredSeconds: Math.round((required * m.commitmentPercent) / 100),
        timeSpentSeconds: spent,
        user: { accountId: m.accountId, self: `https://fake-jira.invalid/rest/api/3/user?accountId=${m.accountId}` },
        ...(state.approvals.reviewer ? { reviewer: { accountId: state.approvals.reviewer, self: `https://fake-jira.invalid/rest/api/3/user?accountId=${state.approvals.reviewer}` } } : {}),
        status: {
          key: s.key,
          actor: { accountId: s.actor ?? m.accountId, self: `https://fake-jira.invalid/rest/api/3/user?accountId=${s.actor ?? m.accountId}` },
          ...(s.comment ? { comment: s.comment } : {}),
          updatedAt: period.from,
        },
        actions: s.key === 'OPEN' ? { submit: { self: `${self}/submit` } } : s.key === 'IN_REVIEW' ? { approve: { self: `${self}/approve` }, reject: { self: `${self}/reject` } } : { reopen: { self: `${self}/reopen` } },
        worklogs: { self: `${ctx.baseUrl}/4/worklogs/user/${m.accountId}?from=${period.from}&to=${period.to}` },
      };
    });
    const search = ctx.req.url?.includes('?') ? ctx.req.url.slice(ctx.req.url.indexOf('?')) : '';
    sendJson(ctx.res, 200, { self: `${ctx.baseUrl}${ctx.path}${search}`, metadata: { count: results.length }, results });
  });
}
