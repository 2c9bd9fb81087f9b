import { formatHours } from './hours.js';
import type { TimesheetPerson } from './timesheet.js';

export const SORT_KEYS = ['name', 'logged', 'expected', 'difference'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface TimesheetSort {
  by: SortKey;
  dir: 'asc' | 'desc';
}
export const DEFAULT_SORT: TimesheetSort = { by: 'name', dir: 'asc' };

const difference = (p: TimesheetPerson): number => p.totals.loggedSeconds - p.totals.expectedSeconds;
const value: Record<Exclude<SortKey, 'name'>, (p: TimesheetPerson) => number> = {
  logged: (p) => p.totals.loggedSeconds,
  expected: (p) => p.totals.expectedSeconds,
  difference,
};

/**
 * The rows in the chosen order. Team members stay above people outside the team (they are the ones
 * a lead answers for); within each group the key decides, then the name. Ascending difference puts
 * the people furthest behind first.
 */
export function sortPeople(people: readonly TimesheetPerson[], sort: TimesheetSort): TimesheetPerson[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const byName = (a: TimesheetPerson, b: TimesheetPerson): number => a.name.localeCompare(b.name) || a.accountId.localeCompare(b.accountId);
  return [...people].sort((a, b) => {
    const team = Number(b.inTeam) - Number(a.inTeam);
    if (team !== 0) return team;
    if (sort.by === 'name') return sign * byName(a, b);
    return sign * (value[sort.by](a) - value[sort.by](b)) || byName(a, b);
  });
}

/** Clicking the column sorted by flips it; another column starts with the order a lead wants first. */
export function nextSort(current: TimesheetSort, by: SortKey): TimesheetSort {
  if (current.by === by) return { by, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { by, dir: by === 'name' || by === 'difference' ? 'asc' : 'desc' };
}

/** Less than a minute short is not "behind" (rounding of logged seconds). */
export const BEHIND_THRESHOLD = 60;

/** "Name — 7.5 h behind" for each person behind, in the order given: ready to paste into a chat. */
export function behindLines(people: readonly TimesheetPerson[], locale?: string): string[] {
  return people.filter((p) => -difference(p) >= BEHIND_THRESHOLD).map((p) => `${p.name} — ${formatHours(-difference(p), locale)} behind`);
}

const STORAGE_KEY = 'worklog-desk.timesheet-sort';

/** The saved order, or the default when nothing (valid) is saved. */
export function loadSort(storage: { getItem(key: string): string | null }): TimesheetSort {
  try {
    const raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as Partial<TimesheetSort> | null;
    if (raw && (SORT_KEYS as readonly string[]).includes(raw.by ?? '') && (raw.dir === 'asc' || raw.dir === 'desc')) return { by: raw.by as SortKey, dir: raw.dir };
  } catch {
    // A damaged value falls back to the default.
  }
  return DEFAULT_SORT;
}

export function saveSort(storage: { setItem(key: string, value: string): void }, sort: TimesheetSort): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(sort));
}
