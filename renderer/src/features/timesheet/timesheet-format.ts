/**
 * Periods, labels and numbers of the Timesheet page. Dates are calendar dates (YYYY-MM-DD) in the
 * browser's zone, the same days the worklogs are filed under; weeks start on Monday (ISO weeks).
 */
import { addMonths, addWeeks, endOfMonth, endOfWeek, getISOWeek, parseISO, startOfMonth, startOfWeek } from 'date-fns';
import { toIsoDate } from '../../../../shared/domain/dates';
import type { TimesheetLeaveMark } from '../../../../shared/domain/timesheet';

export type PeriodMode = 'week' | 'month';

export interface Period {
  from: string;
  to: string;
}

export function periodOf(mode: PeriodMode, anchor: string): Period {
  const d = parseISO(anchor);
  return mode === 'week'
    ? { from: toIsoDate(startOfWeek(d, { weekStartsOn: 1 })), to: toIsoDate(endOfWeek(d, { weekStartsOn: 1 })) }
    : { from: toIsoDate(startOfMonth(d)), to: toIsoDate(endOfMonth(d)) };
}

/** The anchor one period earlier (-1) or later (+1), kept on the period's first day so months never overflow. */
export function shiftAnchor(mode: PeriodMode, anchor: string, step: number): string {
  const start = parseISO(periodOf(mode, anchor).from);
  return toIsoDate(mode === 'week' ? addWeeks(start, step) : addMonths(start, step));
}

const localDay = (iso: string): Date => parseISO(iso);

/** "Week 48 · 23 – 29 Nov 2026" or "November 2026". */
export function periodLabel(mode: PeriodMode, period: Period, locale?: string): string {
  if (mode === 'month') return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(localDay(period.from));
  const range = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' })
    .formatRange(localDay(period.from), localDay(period.to))
    .replace(/\s*–\s*/u, ' – ');
  return `Week ${getISOWeek(localDay(period.from))} · ${range}`;
}

/** "Tue 24 Nov" for labels; "Tuesday, 24 November 2026" for the dialog. */
export const shortDay = (iso: string, locale?: string): string =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(localDay(iso)).replace(',', '');
export const longDay = (iso: string, locale?: string): string =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(localDay(iso));
export const weekdayShort = (iso: string, locale?: string): string => new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(localDay(iso));
export const dayNumber = (iso: string): number => Number(iso.slice(8, 10));

/** 27000 → "7.5" (the hours in a grid cell, without the unit); 0 → "". */
export function cellHours(seconds: number, locale?: string): string {
  if (seconds <= 0) return '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(Math.round((seconds / 3600) * 100) / 100);
}

export type LeaveKind = 'vacation' | 'sick' | 'personal' | 'other';

/** Factorial leave types are the company's own names: group the usual ones for colour. */
export function leaveKind(type: string | null): LeaveKind {
  const t = (type ?? '').toLowerCase();
  if (/vacation|holiday|annual|pto|vacaciones/.test(t)) return 'vacation';
  if (/sick|medical|illness|baja|enfermedad/.test(t)) return 'sick';
  if (/personal|family|compassion|parental|matern|patern/.test(t)) return 'personal';
  return 'other';
}

/** "Vacation", "Sick leave (morning, pending)". */
export function leaveWords(l: TimesheetLeaveMark): string {
  const notes = [l.halfDay ? `${l.halfDay} half` : null, l.approved ? null : 'pending'].filter(Boolean);
  return `${l.type ?? 'Leave'}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}
