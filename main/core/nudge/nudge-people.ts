import { BEHIND_THRESHOLD } from '../../../shared/domain/timesheet-sort.js';
import type { Schedule } from '../leaves/leaves-port.js';
import type { Db } from '../store/open-database.js';
import { timesheet } from '../timesheet/timesheet-port.js';
import type { BehindPerson } from './nudge-scheduler.js';
import { dayBefore } from './nudge-time.js';

/**
 * Without a team, the Timesheet's people are those who logged time in its range: the reminder looks
 * four weeks back, so someone who logged nothing on the day itself still counts as one of them.
 */
const LOOKBACK_DAYS = 27;

function backFrom(day: string, n: number): string {
  let d = day;
  for (let i = 0; i < n; i++) d = dayBefore(d);
  return d;
}

export interface NudgePeople {
  /** The Timesheet's people whose logged time on `day` is short of that day's expected hours. */
  behindFor(day: string): BehindPerson[];
  /** A day someone of the Timesheet's people works (their schedules and holidays); Mon–Fri without holiday when nobody is known. */
  isWorkingDay(day: string): boolean;
}

/** The reminder's questions, answered with the Timesheet's own numbers (no second computation of expected hours). */
export function nudgePeople(db: Db, schedule: Schedule): NudgePeople {
  return {
    behindFor(day) {
      const sheet = timesheet(db, { from: backFrom(day, LOOKBACK_DAYS), to: day }, schedule, null);
      return sheet.people
        .filter((p) => {
          const cell = p.cells[p.cells.length - 1];
          return cell !== undefined && cell.expectedSeconds - cell.loggedSeconds >= BEHIND_THRESHOLD;
        })
        .map((p) => ({ accountId: p.accountId, name: p.name }));
    },
    isWorkingDay(day) {
      // One day is enough here (asked every minute on a weekend morning): the team's schedules, or the default week.
      const sheet = timesheet(db, { from: day, to: day }, schedule, null);
      if (sheet.people.length > 0) return sheet.people.some((p) => p.cells[0]?.nonWorking === false);
      const only = sheet.days[0];
      return only !== undefined && only.weekday <= 5 && only.holiday === null;
    },
  };
}
