import type { Timesheet, TimesheetCell, TimesheetDay, TimesheetLeaveMark, TimesheetQuery } from '../../../shared/domain/timesheet.js';
import { cellAnomalies } from './cell-anomalies.js';
import type { Db } from '../store/open-database.js';
import { dayExpectations, loadExpectationWorld, sourcesOf } from '../schedules/schedules-port.js';
import type { Schedule } from '../leaves/leaves-port.js';
import { defaultSchedule } from '../leaves/leaves-port.js';
import { createHolidays } from '../leaves/leaves-port.js';
import { leavesRepo } from '../leaves/leaves-port.js';

const DAY_MS = 86_400_000;

function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

const isoWeekday = (date: string): number => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/**
 * The timesheet grid: logged seconds per person per local day (over the chosen instances), the
 * seconds expected of them that day (Tempo's required hours where stored, else their team
 * schedule; minus holidays and approved leaves — schedules/day-expectation.ts), and the leaves to
 * mark. The hours report sums the same days.
 */
/**
 * `through`: the last day whose expected hours count (see schedules/counted-through.ts); later days
 * keep their expected hours in the cells but stay out of the totals. null counts every day.
 */
/** `maxDaySeconds`: more logged in a day than this is an anomaly (settings.maxDayHours). */
export function timesheet(db: Db, q: TimesheetQuery, schedule: Schedule = defaultSchedule, through: string | null = null, maxDaySeconds = 12 * 3600): Timesheet {
  const days = daysOf(q.from, q.to);
  const holidays = new Map(createHolidays(db).list({ from: q.from, to: q.to }).map((h) => [h.date, h.name]));
  const team = db.prepare('SELECT account_id AS accountId, display_name AS name FROM team_members ORDER BY display_name COLLATE NOCASE').all() as Array<{ accountId: string; name: string }>;
  const teamIds = new Set(team.map((t) => t.accountId));

  const instanceFilter = q.instanceIds?.length ? ` AND instance_id IN (${q.instanceIds.map(() => '?').join(', ')})` : '';
  const logged = db
    .prepare(
      `SELECT author_account_id AS accountId, max(author_name) AS name, local_date AS date, sum(seconds) AS seconds
         FROM worklogs WHERE local_date BETWEEN ? AND ?${instanceFilter}
        GROUP BY author_account_id, local_date`,
    )
    .all(q.from, q.to, ...(q.instanceIds ?? [])) as Array<{ accountId: string; name: string | null; date: string; seconds: number }>;

  const names = new Map<string, string>(team.map((t) => [t.accountId, t.name]));
  for (const r of logged) if (r.name && !names.has(r.accountId)) names.set(r.accountId, r.name);
  const ids = q.accountIds ?? (team.length > 0 ? team.map((t) => t.accountId) : [...new Set(logged.map((r) => r.accountId))]);

  const allLeaves = leavesRepo(db).list(q.from, q.to);
  const marks = new Map<string, TimesheetLeaveMark[]>();
  for (const l of allLeaves) {
    if (!l.accountId) continue;
    for (const d of daysOf(l.from < q.from ? q.from : l.from, l.to > q.to ? q.to : l.to)) {
      const key = `${l.accountId}|${d}`;
      marks.set(key, [...(marks.get(key) ?? []), { type: l.type, halfDay: l.halfDay, approved: l.approved }]);
    }
  }
  const loggedBy = new Map(logged.map((r) => [`${r.accountId}|${r.date}`, r.seconds]));
  const world = loadExpectationWorld(db, q.from, q.to, schedule);
  const dayTotals = days.map(() => 0);

  const people = ids.map((accountId) => {
    const expected = dayExpectations(world, accountId, days);
    const totals = { loggedSeconds: 0, expectedSeconds: 0, leaveSeconds: 0 };
    const cells: TimesheetCell[] = expected.map((e, i) => {
      const date = e.date;
      const loggedSeconds = loggedBy.get(`${accountId}|${date}`) ?? 0;
      const counted = through === null || date <= through;
      // Logged time always counts (time logged ahead is real); expected only for elapsed days.
      totals.loggedSeconds += loggedSeconds;
      if (counted) {
        totals.expectedSeconds += e.expectedSeconds;
        totals.leaveSeconds += e.leaveSeconds;
      }
      dayTotals[i] = (dayTotals[i] ?? 0) + loggedSeconds;
      const leaves = marks.get(`${accountId}|${date}`) ?? [];
      return {
        date,
        loggedSeconds,
        expectedSeconds: e.expectedSeconds,
        counted,
        nonWorking: e.nonWorking,
        leaves,
        source: e.source,
        holiday: e.holiday,
        anomalies: cellAnomalies({ loggedSeconds, nonWorking: e.nonWorking, leaves }, maxDaySeconds),
      };
    });
    return { accountId, name: names.get(accountId) ?? accountId, inTeam: teamIds.has(accountId), sources: sourcesOf(expected), cells, totals };
  });
  people.sort((a, b) => Number(b.inTeam) - Number(a.inTeam) || a.name.localeCompare(b.name));

  const dayList: TimesheetDay[] = days.map((date) => ({ date, weekday: isoWeekday(date), holiday: holidays.get(date) ?? null }));
  const leavesKnown = (db.prepare('SELECT EXISTS (SELECT 1 FROM leaves) AS known').get() as { known: number }).known === 1;
  const countedThrough = through !== null && through < q.to ? through : null;
  return { from: q.from, to: q.to, days: dayList, people, dayTotals, leavesKnown, countedThrough, maxDaySeconds };
}
