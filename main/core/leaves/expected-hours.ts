import type { HalfDay } from '../../../shared/domain/leaves.js';
import type { IsoWeekday } from '../../../shared/domain/team.js';
import { DEFAULT_DAILY_SECONDS, DEFAULT_WORKING_WEEKDAYS } from '../../../shared/domain/team.js';

/** A person's regular week: the shape of a team member's settings, so the team service plugs in as is. */
export interface WorkSchedule {
  dailySeconds: number;
  workingWeekdays: readonly IsoWeekday[];
}

/** Per-person schedule; the team settings provide it, everyone else gets the default. */
export type Schedule = (accountId: string) => WorkSchedule;

export const DEFAULT_SCHEDULE: WorkSchedule = { dailySeconds: DEFAULT_DAILY_SECONDS, workingWeekdays: DEFAULT_WORKING_WEEKDAYS };
export const defaultSchedule: Schedule = () => DEFAULT_SCHEDULE;

export interface LeaveSpan {
  from: string;
  to: string;
  halfDay: HalfDay | null;
}

export interface ExpectedHours {
  expectedSeconds: number;
  leaveSeconds: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
// 1970-01-01 (day 0) was a Thursday, ISO weekday 4.
const isoWeekday = (day: number): IsoWeekday => ((((day + 3) % 7) + 7) % 7 + 1) as IsoWeekday;

/** Half of a day's hours, in whole seconds (an odd daily figure rounds the half up). */
export const halfOf = (dailySeconds: number): number => Math.ceil(dailySeconds / 2);

/**
 * Expected work of one person over [from, to] (inclusive): each working weekday of the schedule
 * counts its daily hours, except holidays (nothing expected) and days of approved leave (nothing
 * for a whole day; half for a half day — both halves of one day make a whole day). Leaves are
 * clipped to the range. `leaveSeconds` is the working time the leaves took, so on a holiday or a
 * weekend a leave costs nothing.
 */
export function expectedHours(from: string, to: string, schedule: WorkSchedule, holidays: ReadonlySet<string>, leaves: readonly LeaveSpan[]): ExpectedHours {
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (!(last >= first)) return { expectedSeconds: 0, leaveSeconds: 0 };
  const working = new Set(schedule.workingWeekdays);
  // Per day of leave within the range: 2 = whole day, or a bitmask of halves (1 morning, 2 afternoon... merged below).
  const off = new Map<number, { whole: boolean; morning: boolean; afternoon: boolean }>();
  for (const l of leaves) {
    const start = Math.max(first, dayNumber(l.from));
    const end = Math.min(last, dayNumber(l.to));
    for (let d = start; d <= end; d++) {
      const mark = off.get(d) ?? { whole: false, morning: false, afternoon: false };
      if (l.halfDay === null) mark.whole = true;
      else mark[l.halfDay] = true;
      off.set(d, mark);
    }
  }
  let expectedSeconds = 0;
  let leaveSeconds = 0;
  for (let d = first; d <= last; d++) {
    if (!working.has(isoWeekday(d))) continue;
    if (holidays.has(new Date(d * DAY_MS).toISOString().slice(0, 10))) continue;
    const mark = off.get(d);
    const taken = !mark ? 0 : mark.whole || (mark.morning && mark.afternoon) ? schedule.dailySeconds : halfOf(schedule.dailySeconds);
    leaveSeconds += taken;
    expectedSeconds += schedule.dailySeconds - taken;
  }
  return { expectedSeconds, leaveSeconds };
}
