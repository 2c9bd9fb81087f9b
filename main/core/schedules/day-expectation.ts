import type { ExpectationSource } from '../../../shared/domain/timesheet.js';
import type { LeaveSpan, Schedule } from '../leaves/leaves-port.js';
import { halfOf } from '../leaves/leaves-port.js';
import { createHolidays } from '../leaves/leaves-port.js';
import { leavesRepo } from '../leaves/leaves-port.js';
import type { Db } from '../store/open-database.js';
import type { TempoScheduleDay } from './tempo-schedules-repo.js';
import { isTempoHoliday, tempoSchedulesRepo } from './tempo-schedules-repo.js';

/** What one person is expected to work on one day, and what decided it. */
export interface DayExpectation {
  date: string;
  expectedSeconds: number;
  /** Working time taken by approved leave that day. */
  leaveSeconds: number;
  /** Nothing is required that day by the schedule (weekend, day off, holiday). */
  nonWorking: boolean;
  /** The holiday's name when the day is one (Tempo's holiday scheme or the workspace list). */
  holiday: string | null;
  source: ExpectationSource;
  /** The schedule the day's required time came from, before leaves and holidays. */
  base: 'tempo' | 'team';
}

/** Everything expected hours of a range depend on, read once. */
export interface ExpectationWorld {
  schedule: Schedule;
  /** The workspace's public holidays (date → name). */
  holidays: ReadonlyMap<string, string>;
  /** Stored Tempo schedules, per person then date. */
  tempo: ReadonlyMap<string, ReadonlyMap<string, TempoScheduleDay>>;
  /** Approved Factorial leaves per account. */
  leaves: ReadonlyMap<string, readonly LeaveSpan[]>;
  /** Memberships of the linked Tempo team: commitment percent and inclusive dates (null: open). */
  memberships: ReadonlyMap<string, { percent: number; from: string | null; to: string | null }>;
}

export function loadExpectationWorld(db: Db, from: string, to: string, schedule: Schedule): ExpectationWorld {
  const leaves = new Map<string, LeaveSpan[]>();
  for (const l of leavesRepo(db).approvedByAccount(from, to)) leaves.set(l.accountId, [...(leaves.get(l.accountId) ?? []), { from: l.from, to: l.to, halfDay: l.halfDay }]);
  return {
    schedule,
    holidays: new Map(createHolidays(db).list({ from, to }).map((h) => [h.date, h.name])),
    tempo: tempoSchedulesRepo(db).byAccount(from, to),
    leaves,
    memberships: new Map(
      (db.prepare('SELECT account_id AS a, commitment_percent AS p, member_from AS f, member_to AS t FROM tempo_team_members').all() as Array<{ a: string; p: number; f: string | null; t: string | null }>).map(
        (r) => [r.a, { percent: r.p, from: r.f, to: r.t }],
      ),
    ),
  };
}

const DAY_MS = 86_400_000;
/** Every date of [from, to], inclusive. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

const isoWeekday = (date: string): number => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** Which parts of `date` the leaves take: the whole day, or halves (both halves make a whole day). */
function leaveOn(date: string, leaves: readonly LeaveSpan[]): 'whole' | 'half' | null {
  let morning = false;
  let afternoon = false;
  for (const l of leaves) {
    if (date < l.from || date > l.to) continue;
    if (l.halfDay === null) return 'whole';
    if (l.halfDay === 'morning') morning = true;
    else afternoon = true;
  }
  return morning && afternoon ? 'whole' : morning || afternoon ? 'half' : null;
}

/**
 * One person's expectation for each day. Where Tempo's schedule of the day is stored it decides
 * the required seconds (its workload scheme, part time included, and its holiday scheme);
 * otherwise the team schedule does, with the workspace's holidays. Approved Factorial leaves then
 * take the day's required time (half of it for a half day) — on a day already required 0 (a Tempo
 * holiday, a weekend) a leave takes nothing, so a holiday that is also a leave counts once.
 * A member of the linked Tempo team owes their commitment percent of the day (50 %: half), and
 * nothing before or after their membership.
 */
export function dayExpectations(world: ExpectationWorld, accountId: string, days: readonly string[]): DayExpectation[] {
  const s = world.schedule(accountId);
  const working = new Set<number>(s.workingWeekdays);
  const tempo = world.tempo.get(accountId);
  const leaves = world.leaves.get(accountId) ?? [];
  return days.map((date) => {
    const t = tempo?.get(date);
    let base: number;
    let holiday: string | null;
    let source: ExpectationSource;
    if (t) {
      base = t.requiredSeconds;
      holiday = isTempoHoliday(t.type) ? (t.holiday ?? 'Holiday') : null;
      source = 'tempo';
    } else {
      holiday = world.holidays.get(date) ?? null;
      base = working.has(isoWeekday(date)) && holiday === null ? s.dailySeconds : 0;
      source = 'team';
    }
    // A Tempo team member owes their commitment's share, and nothing outside the membership's dates.
    const m = world.memberships.get(accountId);
    if (m) base = (m.from !== null && date < m.from) || (m.to !== null && date > m.to) ? 0 : Math.round((base * m.percent) / 100);
    const off = leaveOn(date, leaves);
    const taken = off === 'whole' ? base : off === 'half' ? halfOf(base) : 0;
    if (holiday !== null) source = 'holiday';
    else if (taken > 0) source = 'leave';
    return { date, expectedSeconds: base - taken, leaveSeconds: taken, nonWorking: base === 0, holiday, source, base: t ? 'tempo' : 'team' };
  });
}

/** The sources that set a person's expectation over some days: schedules first, then leave and holiday. */
export function sourcesOf(days: readonly DayExpectation[]): ExpectationSource[] {
  const bases = new Set(days.map((d) => d.base));
  const kinds = new Set(days.map((d) => d.source));
  return [...(['tempo', 'team'] as const).filter((b) => bases.has(b)), ...(['leave', 'holiday'] as const).filter((k) => kinds.has(k))];
}
