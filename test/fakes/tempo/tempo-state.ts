import type { FakeWorld } from '../world.js';
import type { FakeTempoApprovals } from './approvals-state.js';

/** A v4 `Worklog` as the fake sends it (or as a test hands it in, see `extraWorklogs`). */
export type TempoWorklogJson = Record<string, unknown> & { startDate: string };

/**
 * One person's schedule in the fake: a workload scheme (seconds per ISO weekday, 1 = Monday) and a
 * holiday scheme (date → name). People without one get Mon–Fri 8 h and no holidays.
 */
export interface FakeUserSchedule {
  /** Required seconds per ISO weekday; a missing weekday is a non-working day. */
  weekdaySeconds: Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, number>>;
  holidays?: Record<string, string>;
}

/** A Tempo team in the fake, with its members' active memberships (dates inclusive). */
export interface FakeTempoTeam {
  id: number;
  name: string;
  members: Array<{ accountId: string; commitmentPercent: number; from?: string; to?: string }>;
}

/** What the fake Tempo serves. Tests may change any of it between requests. */
export interface FakeTempoState {
  tokens: string[];
  /** The shared world: its worklogs are served as v4 records, built afresh on every request. */
  world: FakeWorld;
  /**
   * Raw v4 records served besides the world's (the older `worklogs` option): for records the
   * world cannot express, e.g. odd shapes. Served after the world's, by `tempoWorklogId`.
   */
  extraWorklogs: TempoWorklogJson[];
  /**
   * The most results the fake puts on one page whatever `limit` asked for (null: no cap beyond
   * Tempo's 5000). Real pages can be shorter than asked while more exist; this makes them so.
   */
  pageLimit: number | null;
  /** Site used in `issue.self` / `author.self` links (Tempo points those at Jira). */
  jiraUrl: string;
  /**
   * Origin written into `metadata.next` / `previous` (null: the fake's own). Set it to another
   * server's origin to check that a client does not follow a page link off the Tempo host.
   */
  linkOrigin: string | null;
  /** Per-account schedules for `/4/user-schedule/{accountId}` (see FakeUserSchedule). */
  schedules: Map<string, FakeUserSchedule>;
  /** Teams for `/4/teams` and `/4/teams/{id}/members`. */
  teams: FakeTempoTeam[];
  /** Timesheet approvals for `/4/periods` and `/4/timesheet-approvals/team/{teamId}`. */
  approvals: FakeTempoApprovals;
}

export function emptyWorld(): FakeWorld {
  return { users: [], projects: [], issueTypes: [], issues: [], worklogs: [], deleted: [] };
}
