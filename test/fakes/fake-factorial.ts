import type { FakeServer } from './fake-server.js';
import { startFakeServer } from './fake-server.js';
import { factorialError } from './factorial/factorial-respond.js';
import type { FakeFactorialState } from './factorial/factorial-state.js';
import { LEAVE_TYPES } from './factorial/factorial-state.js';
import { registerEmployeeRoutes } from './factorial/routes-employees.js';
import { registerTimeoffRoutes } from './factorial/routes-timeoff.js';
import { sendJson } from './respond.js';
import { Router } from './router.js';

export type { FactorialEmployeeJson, FactorialLeaveJson, FakeFactorialState } from './factorial/factorial-state.js';
export { generateFactorialWorld, otherCase } from './factorial/factorial-state.js';

export interface FakeFactorialOptions {
  apiKeys: string[];
  /** Default: the version the client pins. */
  versions?: string[];
  employees?: FakeFactorialState['employees'];
  leaves?: FakeFactorialState['leaves'];
  leaveTypes?: FakeFactorialState['leaveTypes'];
  pageLimit?: number;
}

export interface FakeFactorial extends FakeServer {
  state: FakeFactorialState;
}

/**
 * A fake Factorial dated API on 127.0.0.1 (base URL = origin, like https://api.factorialhr.com):
 * `x-api-key` auth, `/api/<version>/resources/...`, cursor pages, employees, leaves, leave types.
 * Faults (429, HTML, resets...) come from the shared fault injector:
 *
 *   const f = await startFakeFactorial({ apiKeys: [KEY], employees, leaves, pageLimit: 3 });
 *   f.faults.inject({ kind: 'rate-limit', retryAfter: 0 }, { match: /timeoff\/leaves/ });
 */
export async function startFakeFactorial(options: FakeFactorialOptions): Promise<FakeFactorial> {
  const state: FakeFactorialState = {
    apiKeys: options.apiKeys,
    versions: options.versions ?? ['2026-07-01'],
    employees: options.employees ?? [],
    leaves: options.leaves ?? [],
    leaveTypes: options.leaveTypes ?? LEAVE_TYPES.map((t) => ({ ...t })),
    pageLimit: options.pageLimit ?? null,
  };
  const router = new Router();
  registerEmployeeRoutes(router, state);
  registerTimeoffRoutes(router, state);
  const server = await startFakeServer({
    router,
    errorBody: factorialError,
    notFound: (ctx) => sendJson(ctx.res, 404, factorialError(404, `No endpoint ${ctx.method} ${ctx.path}`)),
  });
  return { ...server, state };
}
