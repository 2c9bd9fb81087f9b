import type { MinimumRequests } from './minimum-requests.js';
import type { SeenRequest } from './request-counts.js';

/**
 * Messages between the bench and its fake-host child. The fakes run in their own process so the
 * bench's memory figures are the sync's alone: a fake builds whole answers (and holds the world) in
 * memory, which would otherwise grow with the range and hide what the client needs.
 */

export interface FakeHostConfig {
  world: { seed: number; users: number; issues: number; worklogs: number; projects: number; from: string; to: string };
  /** Added to every request by a delay fault (0: none). */
  latencyMs: number;
  /** Tempo's served page size cap (null: Tempo's own 5000). */
  tempoPageLimit: number | null;
  lead: { accountId: string; displayName: string; email: string };
  jiraToken: string;
  tempoToken: string;
}

/** One 429 with Retry-After on the `nth` request whose path starts with `pathPrefix`, counted from now. */
export interface RateLimitPlan {
  server: 'jira' | 'tempo';
  pathPrefix: string;
  nth: number;
  retryAfterSeconds: number;
}

export type HostCommand =
  | { id: number; type: 'start'; config: FakeHostConfig }
  | { id: number; type: 'requests' }
  | { id: number; type: 'rate-limit'; plans: RateLimitPlan[] }
  /** Renames `count` issues that have worklogs in the range (Jira stamps their `updated`). */
  | { id: number; type: 'rename-issues'; count: number }
  | { id: number; type: 'close' };

export interface HostStarted {
  jiraUrl: string;
  tempoUrl: string;
  minimum: { tempo: MinimumRequests; jira: MinimumRequests };
  /** The world's worklogs in the range, and Jira's paging limits the minimum used. */
  worklogsInRange: number;
}

export type HostReply =
  | { id: number; ok: true; type: 'started'; value: HostStarted }
  | { id: number; ok: true; type: 'requests'; value: SeenRequest[] }
  | { id: number; ok: true; type: 'done' }
  | { id: number; ok: false; message: string };
