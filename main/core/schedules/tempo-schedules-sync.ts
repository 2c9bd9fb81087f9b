import type { Logger } from '../ports.js';
import type { Db } from '../store/open-database.js';
import { tempoSchedulesRepo } from './tempo-schedules-repo.js';

/** What this step needs of a Tempo client (tempo-sync-client.ts provides it). */
export interface UserScheduleSource {
  userSchedule(accountId: string, from: string, to: string, signal?: AbortSignal): Promise<Array<{ date: string; requiredSeconds: number; type: string; holiday?: string | null }>>;
}

export interface TempoSchedulesSyncInput {
  instanceId: string;
  instanceName: string;
  from: string;
  to: string;
  client: UserScheduleSource;
  signal?: AbortSignal;
  /** "Full refresh": read every person's schedule again, however recently it was read. */
  full?: boolean;
  now(): string;
}

/**
 * How long a person's stored schedule of a range counts as current. Workload and holiday schemes
 * change rarely, and Tempo has no bulk endpoint (one request per person, ~5/s): re-reading them on
 * every one-click sync would add seconds to each. "Full refresh" reads them again at once.
 */
export const SCHEDULE_FRESH_MS = 6 * 60 * 60 * 1000;

/**
 * The people whose Tempo schedule a sync of [from, to] reads: the members of "my team" this
 * instance knows (a member who only works on a Jira-only site keeps the team schedule), and
 * whoever logged time on this instance in the range (the Timesheet's "everyone"). One request per person: Tempo has no
 * bulk schedule endpoint; the per-host limiter keeps them within its ~5 requests/s.
 */
export function schedulePeople(db: Db, instanceId: string, from: string, to: string): string[] {
  const rows = db
    .prepare(
      `SELECT t.account_id AS id FROM team_members t
        WHERE EXISTS (SELECT 1 FROM jira_users u WHERE u.instance_id = ? AND u.account_id = t.account_id)
           OR EXISTS (SELECT 1 FROM worklogs w WHERE w.instance_id = ? AND w.author_account_id = t.account_id)
       UNION SELECT DISTINCT author_account_id FROM worklogs WHERE instance_id = ? AND local_date BETWEEN ? AND ?
       ORDER BY 1`,
    )
    .all(instanceId, instanceId, instanceId, from, to) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}

/**
 * Reads and stores the Tempo schedule of each person of the range, after that instance's worklogs.
 * Each person's days are replaced as a whole; a person whose schedule can't be read keeps the
 * days stored before (and the team schedule where there are none), so one refused request does
 * not fail the worklog sync that already succeeded — it is logged, and returned for the caller.
 */
export async function syncTempoSchedules(db: Db, log: Logger, input: TempoSchedulesSyncInput): Promise<{ people: number; read: number; failed: number }> {
  const repo = tempoSchedulesRepo(db);
  const people = schedulePeople(db, input.instanceId, input.from, input.to);
  const freshSince = new Date(Date.parse(input.now()) - SCHEDULE_FRESH_MS).toISOString();
  let failed = 0;
  let read = 0;
  for (const accountId of people) {
    if (input.signal?.aborted) throw input.signal.reason;
    if (!input.full && repo.freshSince(accountId, input.from, input.to, freshSince)) continue;
    read++;
    try {
      const days = await input.client.userSchedule(accountId, input.from, input.to, input.signal);
      repo.replace(accountId, input.from, input.to, days.map((d) => ({ date: d.date, requiredSeconds: d.requiredSeconds, type: d.type, holiday: d.holiday ?? null })), input.instanceId, input.now());
    } catch (e) {
      if (input.signal?.aborted) throw e;
      failed++;
      log.warn('tempo schedule not read', { instance: input.instanceName, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return { people: people.length, read, failed };
}
