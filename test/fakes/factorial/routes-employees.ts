import type { Router } from '../router.js';
import { requireApiKey, requireVersion, sendPage } from './factorial-respond.js';
import type { FakeFactorialState } from './factorial-state.js';

/**
 * `GET /api/:version/resources/employees/employees?emails[]&ids[]&limit&after_id`. The emails
 * filter compares exactly (we don't know that Factorial ignores case, so the client must not rely on it).
 */
export function registerEmployeeRoutes(router: Router, state: FakeFactorialState): void {
  router.get('/api/:version/resources/employees/employees', (ctx) => {
    if (!requireVersion(ctx, state) || !requireApiKey(ctx, state)) return;
    const emails = ctx.query.getAll('emails[]');
    const ids = ctx.query.getAll('ids[]').map(Number);
    const list = state.employees.filter((e) => (emails.length === 0 || (e.email !== null && emails.includes(e.email))) && (ids.length === 0 || ids.includes(e.id)));
    sendPage(ctx, state, list);
  });
}
