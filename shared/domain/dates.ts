import { addDays, endOfMonth, endOfWeek, format, isValid, parseISO, startOfMonth, startOfWeek, subMonths } from 'date-fns';

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
