import { sendJson } from '../respond.js';
import type { Router } from '../router.js';
import { requireTempoToken } from './tempo-auth.js';
import type { FakeTempoState } from './tempo-state.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Keeps a typo in a test (a year-long range by mistake) from building a huge answer. */
const MAX_DAYS = 366 * 2;

/**
 * `GET /4/user-schedule/{accountId}?from&to` → `{self, metadata:{count}, results:[{date, requiredSeconds, type}]}`.
 * Every account gets the same simple schedule: weekdays are 8 h working days, weekends 0 h
 * non-working days (no holidays).
 */
export function registerUserScheduleRoutes(router: Router, state: FakeTempoState): void {
  router.get('/4/user-schedule/:accountId', (ctx) => {
    if (!requireTempoToken(ctx, state)) return;
    const from = ctx.query.get('from');
    const to = ctx.query.get('to');
    // Both are required by the spec.
    for (const [name, value] of [['from', from], ['to', to]] as const) {
      if (value === null || !DAY.test(value)) {
        sendJson(ctx.res, 400, { errors: { message: `'${name}' must be valid on the format: 'yyyy-MM-dd'` } });
        return;
      }
    }
    const results: Array<{ date: string; requiredSeconds: number; type: string }> = [];
    const day = new Date(`${from}T00:00:00Z`);
    const last = new Date(`${to}T00:00:00Z`);
    while (day <= last && results.length < MAX_DAYS) {
      const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
      results.push({ date: day.toISOString().slice(0, 10), requiredSeconds: weekend ? 0 : 8 * 3600, type: weekend ? 'NON_WORKING_DAY' : 'WORKING_DAY' });
      day.setUTCDate(day.getUTCDate() + 1);
    }
    const search = ctx.req.url?.includes('?') ? ctx.req.url.slice(ctx.req.url.indexOf('?')) : '';
    sendJson(ctx.res, 200, { self: `${ctx.baseUrl}${ctx.path}${search}`, metadata: { count: results.length }, results });
  });
}
