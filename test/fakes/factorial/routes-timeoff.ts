import { sendJson } from '../respond.js';
import type { Router } from '../router.js';
import { factorialError, requireApiKey, requireVersion, sendPage } from './factorial-respond.js';
import type { FakeFactorialState } from './factorial-state.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `GET .../timeoff/leaves?from&to&employee_ids[]&include_deleted_leaves` — leaves overlapping
 * [from, to]; deleted ones only when asked for — and `GET .../timeoff/leave_types`.
 */
export function registerTimeoffRoutes(router: Router, state: FakeFactorialState): void {
  router.get('/api/:version/resources/timeoff/leaves', (ctx) => {
    if (!requireVersion(ctx, state) || !requireApiKey(ctx, state)) return;
    const from = ctx.query.get('from');
    const to = ctx.query.get('to');
    for (const [name, v] of [['from', from], ['to', to]] as const) {
      if (v !== null && !DAY.test(v)) return sendJson(ctx.res, 400, factorialError(400, `${name} must be a date (YYYY-MM-DD)`));
    }
    const employees = ctx.query.getAll('employee_ids[]').map(Number);
    const withDeleted = ctx.query.get('include_deleted_leaves') === 'true';
    const list = state.leaves.filter(
      (l) =>
        (from === null || l.finish_on >= from) &&
        (to === null || l.start_on <= to) &&
        (employees.length === 0 || employees.includes(l.employee_id)) &&
        (withDeleted || l.deleted_at === null),
    );
    sendPage(ctx, state, list);
  });
  router.get('/api/:version/resources/timeoff/leave_types', (ctx) => {
    if (!requireVersion(ctx, state) || !requireApiKey(ctx, state)) return;
    sendPage(ctx, state, state.leaveTypes);
  });
}
