/**
 * How numbers, dates and names read in the UI. Everything takes the user's locale from the
 * browser unless one is given. Names are shown exactly as Jira has them: accents, non-Latin
 * scripts and emoji are never folded, trimmed mid-character or upper-cased.
 */
import { formatHours } from '../../shared/domain/hours.js';
import { differenceInCalendarDays, differenceInMinutes, differenceInSeconds, parseISO } from 'date-fns';

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? parseISO(value) : value;
}

/** 27000 → "7.5 h" (shared with the tray, so hours read the same in both). */
export { formatHours };

/** Logged minus expected that rounds to 0.00 h counts as even: no sign, no colour. */
export type DiffTone = 'even' | 'short' | 'over';
export const diffTone = (seconds: number): DiffTone => (Math.round(seconds / 36) === 0 ? 'even' : seconds < 0 ? 'short' : 'over');

/** Logged minus expected: "−6.5 h", "+2 h", "0 h" (a real minus sign). */
export function signedHours(seconds: number, locale?: string): string {
  if (diffTone(seconds) === 'even') return formatHours(0, locale);
  return `${seconds < 0 ? '−' : '+'}${formatHours(Math.abs(seconds), locale)}`;
}

/** "Mon, 3 Mar 2025" style, in the user's locale. */
export function formatDate(value: string | Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(toDate(value));
}

/** "3 Mar 2025, 14:05" — for tooltips and exact stamps. */
export function formatDateTime(value: string | Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(toDate(value));
}

/** "just now", "5 min ago", "3 h ago", "yesterday", then the date. */
export function formatRelativeTime(value: string | Date, now: Date = new Date(), locale?: string): string {
  const date = toDate(value);
  const seconds = differenceInSeconds(now, date);
  if (seconds < 45) return 'just now';
  const minutes = differenceInMinutes(now, date);
  if (minutes < 60) return `${Math.max(1, minutes)} min ago`;
  if (minutes < 24 * 60 && differenceInCalendarDays(now, date) === 0) return `${Math.floor(minutes / 60)} h ago`;
  if (differenceInCalendarDays(now, date) === 1) return 'yesterday';
  return formatDate(date, locale);
}

/** One or two visible characters for an avatar, grapheme-aware so "Élodie" → "É" and "🦊 Fox" → "🦊F". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = (word: string | undefined): string => {
    if (!word) return '';
    const segments = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(word);
    for (const { segment } of segments) return segment.toLocaleUpperCase();
    return '';
  };
  if (words.length === 0) return '?';
  if (words.length === 1) return first(words[0]);
  return first(words[0]) + first(words[words.length - 1]);
}

/** "https://acme.atlassian.net/jira" → "acme.atlassian.net/jira": the part people recognise. */
export function siteLabel(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/+$/, '');
    return `${u.host}${path}`;
  } catch {
    return url;
  }
}

/** 1234 → "1,234" in the user's locale. */
export function formatCount(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** "1 worklog", "1,234 worklogs"; irregular words name their plural: plural(n, 'person', 'people'). */
export function plural(n: number, word: string, many = `${word}s`, locale?: string): string {
  return `${formatCount(n, locale)} ${n === 1 ? word : many}`;
}

/** A calendar date (YYYY-MM-DD) as a local Date at midnight — never shifted by the UTC offset. */
const localDay = (iso: string): Date => parseISO(iso);

/**
 * An inclusive date range in words: "1 – 30 Nov 2026", "28 Oct – 3 Nov 2026",
 * "28 Dec 2025 – 3 Jan 2026", or one date when both ends are the same day.
 */
export function formatRange(from: string, to: string, locale?: string): string {
  const fmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const a = localDay(from);
  const b = localDay(to);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return `${from} – ${to}`;
  if (from === to) return fmt.format(a);
  // formatRange drops the parts both ends share; spaced en dash reads better at a glance.
  return fmt.formatRange(a, b).replace(/\s*–\s*/u, ' – ');
}
