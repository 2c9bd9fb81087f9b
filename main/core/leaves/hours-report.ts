import type { PersonHours } from '../../../shared/domain/leaves.js';
import { countedRange } from '../schedules/schedules-port.js';
import type { Db } from '../store/open-database.js';
import { dayExpectations, daysOf, loadExpectationWorld } from '../schedules/schedules-port.js';
import type { Schedule } from './expected-hours.js';
import { defaultSchedule } from './expected-hours.js';
import { peopleRepo } from './people-repo.js';

export interface HoursReportQuery {
  from: string;
  to: string;
  /** Whom to report on; default everyone known (worklog authors and cached Jira users). */
  accountIds?: readonly string[];
}

/** Hours report options: `through` is the last day whose expected hours count (null: all). */
export interface HoursReportOptions {
  schedule?: Schedule;
  through?: string | null;
}

/**
 * Expected against logged time per person over a range (offline). Logged time is summed over
 * every instance by the worklogs' local dates; expected time follows the person's schedule minus
 * holidays and approved leaves of the Factorial employee they are mapped to (unmapped people have
 * no leaves, so they simply owe their full schedule).
 */
export function hoursReport(db: Db, q: HoursReportQuery, options: HoursReportOptions = {}): PersonHours[] {
  const schedule = options.schedule ?? defaultSchedule;
  // Days of the current period not yet elapsed expect nothing (the same rule as the timesheet).
  const counted = countedRange(q, options.through ?? null);
  const known = new Map(peopleRepo(db).knownPeople().map((p) => [p.accountId, p.name]));
  const ids = q.accountIds ? [...new Set(q.accountIds)] : [...known.keys()];
  const logged = new Map(
    (
      db.prepare('SELECT author_account_id AS id, SUM(seconds) AS seconds FROM worklogs WHERE local_date BETWEEN ? AND ? GROUP BY author_account_id').all(q.from, q.to) as Array<{
        id: string;
        seconds: number;
      }>
    ).map((r) => [r.id, r.seconds]),
  );
  const world = counted ? loadExpectationWorld(db, counted.from, counted.to, schedule) : null;
  const days = counted ? daysOf(counted.from, counted.to) : [];
  return ids
    .map((accountId) => {
      let expectedSeconds = 0;
      let leaveSeconds = 0;
      if (world) {
        for (const d of dayExpectations(world, accountId, days)) {
          expectedSeconds += d.expectedSeconds;
          leaveSeconds += d.leaveSeconds;
        }
      }
      return { accountId, name: known.get(accountId) ?? accountId, expectedSeconds, loggedSeconds: logged.get(accountId) ?? 0, leaveSeconds };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.accountId.localeCompare(b.accountId));
}
