import { sendJson } from '../respond.js';
import type { Router } from '../router.js';
import { requireTempoToken } from './tempo-auth.js';
import type { FakeTempoState, FakeUserSchedule } from './tempo-state.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Keeps a typo in a test (a year-long range by mistake) from building a huge answer. */
const MAX_DAYS = 366 * 2;

/**
 * `GET /4/user-schedule/{accountId}?from&to` → `{self, metadata:{count}, results:[{date, requiredSeconds, type}]}`.
 * Each account follows its FakeUserSchedule (state.schedules); others get weekdays as 8 h working
 * days and weekends as 0 h non-working days. A holiday is `HOLIDAY` (0 s) on a working weekday and
 * `HOLIDAY_AND_NON_WORKING_DAY` otherwise, with the spec's `holiday` object — as Tempo sends them.
 */
export const DEFAULT_SCHEDULE: FakeUserSchedule = { weekdaySeconds: { 1: 28800, 2: 28800, 3: 28800, 4: 28800, 5: 28800 } };

export function dayOf(schedule: FakeUserSchedule, date: Date, baseUrl: string): Record<string, unknown> {
  const iso = date.toISOString().slice(0, 10);
  const weekday = (((date.getUTCDay() + 6) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
  const seconds = schedule.weekdaySeconds[weekday] ?? 0;
  const holiday = schedule.holidays?.[iso];
  if (holiday !== undefined) {
    return {
      date: iso,
      requiredSeconds: 0,
      type: seconds > 0 ? 'HOLIDAY' : 'HOLIDAY_AND_NON_WORKING_DAY',
      holiday: { date: iso, name: holiday, description: holiday, durationSeconds: seconds, id: 1, schemeId: 2, type: 'FIXED', self: `${baseUrl}/4/holiday-schemes/2/holidays/1` },
    };
  }
  return { date: iso, requiredSeconds: seconds, type: seconds > 0 ? 'WORKING_DAY' : 'NON_WORKING_DAY' };
}
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
    const results: Array<Record<string, unknown>> = [];
    const schedule = state.schedules.get(ctx.params.accountId ?? '') ?? DEFAULT_SCHEDULE;
    const day = new Date(`${from}T00:00:00Z`);
    const last = new Date(`${to}T00:00:00Z`);
    while (day <= last && results.length < MAX_DAYS) {
      results.push(dayOf(schedule, day, ctx.baseUrl));
      day.setUTCDate(day.getUTCDate() + 1);
    }
    const search = ctx.req.url?.includes('?') ? ctx.req.url.slice(ctx.req.url.indexOf('?')) : '';
    sendJson(ctx.res, 200, { self: `${ctx.baseUrl}${ctx.path}${search}`, metadata: { count: results.length }, results });
  });
}
