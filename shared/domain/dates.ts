import { addDays, endOfMonth, endOfQuarter, endOfWeek, endOfYear, format, isValid, parseISO, startOfMonth, startOfQuarter, startOfWeek, startOfYear, subDays, subMonths, subQuarters, subWeeks, subYears } from 'date-fns';

/** A calendar date without time or zone: YYYY-MM-DD. Worklogs belong to the author's local date. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(s: string): boolean {
  return ISO_DATE.test(s) && isValid(parseISO(s)) && format(parseISO(s), 'yyyy-MM-dd') === s;
}

export const shiftDate = (date: IsoDate, days: number): IsoDate => format(addDays(parseISO(date), days), 'yyyy-MM-dd');

export const toIsoDate = (d: Date): IsoDate => format(d, 'yyyy-MM-dd');

/** The calendar date of a Jira `started` value in its own offset (not the UTC date). */
export function localDateOfStarted(started: string): IsoDate | null {
  const date = started.slice(0, 10);
  return isIsoDate(date) ? date : null;
}

export type RangePreset = 'this-week' | 'this-month' | 'last-month';

/** Date ranges the Sync page and the tray offer, relative to `today` (weeks start on Monday). */
export function presetRange(preset: RangePreset, today: Date): { from: IsoDate; to: IsoDate } {
  switch (preset) {
    case 'this-week':
      return { from: toIsoDate(startOfWeek(today, { weekStartsOn: 1 })), to: toIsoDate(endOfWeek(today, { weekStartsOn: 1 })) };
    case 'this-month':
      return { from: toIsoDate(startOfMonth(today)), to: toIsoDate(endOfMonth(today)) };
    case 'last-month': {
      const last = subMonths(today, 1);
      return { from: toIsoDate(startOfMonth(last)), to: toIsoDate(endOfMonth(last)) };
    }
  }
}

/** The explorer's ranges (Worklogs, Charts): the Sync page's three and the ones a lead asks about most. */
export const EXPLORER_PRESETS = [
  'today',
  'yesterday',
  'this-week',
  'last-week',
  'last-7-days',
  'last-30-days',
  'this-month',
  'last-month',
  'this-quarter',
  'last-quarter',
  'this-year',
  'last-year',
] as const;
export type ExplorerPreset = (typeof EXPLORER_PRESETS)[number];

export const isExplorerPreset = (value: unknown): value is ExplorerPreset => (EXPLORER_PRESETS as readonly unknown[]).includes(value);

/** An explorer range relative to `today`, both ends inclusive; weeks start on Monday, "last 7 days" ends today. */
export function explorerPresetRange(preset: ExplorerPreset, today: Date): { from: IsoDate; to: IsoDate } {
  const span = (from: Date, to: Date) => ({ from: toIsoDate(from), to: toIsoDate(to) });
  switch (preset) {
    case 'today':
      return span(today, today);
    case 'yesterday':
      return span(subDays(today, 1), subDays(today, 1));
    case 'last-week': {
      const d = subWeeks(today, 1);
      return span(startOfWeek(d, { weekStartsOn: 1 }), endOfWeek(d, { weekStartsOn: 1 }));
    }
    case 'last-7-days':
      return span(subDays(today, 6), today);
    case 'last-30-days':
      return span(subDays(today, 29), today);
    case 'this-quarter':
      return span(startOfQuarter(today), endOfQuarter(today));
    case 'last-quarter': {
      const d = subQuarters(today, 1);
      return span(startOfQuarter(d), endOfQuarter(d));
    }
    case 'this-year':
      return span(startOfYear(today), endOfYear(today));
    case 'last-year': {
      const d = subYears(today, 1);
      return span(startOfYear(d), endOfYear(d));
    }
    default:
      return presetRange(preset, today);
  }
}
