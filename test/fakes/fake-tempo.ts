import type { FakeServer } from './fake-server.js';
import { startFakeServer } from './fake-server.js';
import { sendJson } from './respond.js';
import { Router } from './router.js';
import { defaultApprovals } from './tempo/approvals-state.js';
import type { FakeTempoApprovals } from './tempo/approvals-state.js';
import { registerApprovalRoutes } from './tempo/routes-approvals.js';
import { registerTeamRoutes } from './tempo/routes-teams.js';
import { registerUserScheduleRoutes } from './tempo/routes-user-schedule.js';
import { registerWorklogRoutes } from './tempo/routes-worklogs.js';
import type { FakeTempoState, FakeTempoTeam, FakeUserSchedule, TempoWorklogJson } from './tempo/tempo-state.js';
import { emptyWorld } from './tempo/tempo-state.js';
import type { FakeWorld } from './world.js';

export type { FakeApprovalStatus, FakeTempoApprovals } from './tempo/approvals-state.js';
export type { FakeTempoState, FakeTempoTeam, FakeUserSchedule, TempoWorklogJson } from './tempo/tempo-state.js';

export interface FakeTempoOptions {
  /** Bearer tokens the fake accepts. */
  tokens: string[];
  /** The data to serve, usually shared with the fake Jira; kept by reference, so worldOps changes show on the next request. */
  world?: FakeWorld;
  /** Raw v4 worklog records served besides the world's (kept for older callers and odd shapes). */
  worklogs?: TempoWorklogJson[];
  /** Serve at most this many results per page, whatever `limit` asks (default: no cap below Tempo's 5000). */
  pageLimit?: number;
  /** Jira site for `issue.self` / `author.self` links (default https://fake-jira.invalid). */
  jiraUrl?: string;
  /** Origin for `metadata.next` / `previous` links (default: the fake's own); see FakeTempoState.linkOrigin. */
  linkOrigin?: string;
  /** Per-account workload and holiday schemes (default: Mon–Fri 8 h, no holidays). */
  schedules?: Record<string, FakeUserSchedule>;
  /** Tempo teams with memberships (default: none). */
  teams?: FakeTempoTeam[];
  /** Timesheet approvals: period kind, statuses, reviewer, forbidden teams (default: monthly, everyone OPEN). */
  approvals?: Partial<FakeTempoApprovals>;
}

export interface FakeTempo extends FakeServer {
  /** The live data and settings; tests may change them between requests. */
  state: FakeTempoState;
}

/** Each routes-*.ts file registers one endpoint group; add new groups here. */
const ROUTE_GROUPS: Array<(router: Router, state: FakeTempoState) => void> = [registerWorklogRoutes, registerUserScheduleRoutes, registerTeamRoutes, registerApprovalRoutes];

/**
 * A fake Tempo Cloud API v4 on 127.0.0.1 (base URL without `/4`, like https://api.tempo.io):
 * Bearer auth (401 as an HTML page, as Tempo documents), `{errors:{message}}` error bodies.
 *
 *   const tempo = await startFakeTempo({ tokens: [TOKEN], world, pageLimit: 7 });
 *   tempo.faults.inject({ kind: 'rate-limit', retryAfter: null });   // Tempo's 429 has no Retry-After
 *   tempo.requests                                                   // [{ method, path, query, ... }]
 */
export async function startFakeTempo(options: FakeTempoOptions): Promise<FakeTempo> {
  const state: FakeTempoState = {
    tokens: options.tokens,
    world: options.world ?? emptyWorld(),
    extraWorklogs: options.worklogs ?? [],
    pageLimit: options.pageLimit ?? null,
    jiraUrl: (options.jiraUrl ?? 'https://fake-jira.invalid').replace(/\/+$/, ''),
    linkOrigin: options.linkOrigin ?? null,
    schedules: new Map(Object.entries(options.schedules ?? {})),
    teams: options.teams ?? [],
    approvals: { ...defaultApprovals(), ...options.approvals },
  };
  const router = new Router();
  for (const register of ROUTE_GROUPS) register(router, state);
  const server = await startFakeServer({
    router,
    errorBody: (_status, message) => ({ errors: { message } }),
    notFound: (ctx) => sendJson(ctx.res, 404, { errors: { message: `No endpoint ${ctx.method} ${ctx.path}` } }),
  });
  return { ...server, state };
}
