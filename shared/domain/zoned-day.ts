import type { IsoDate } from './dates.js';
import { localDateOfStarted } from './dates.js';

/**
 * Whose day is a worklog? Its author's. Jira Cloud renders `started` in the zone of the account
 * that reads the API, so the instant is converted to the author's IANA zone (daylight saving
 * included, via Intl); when the author's privacy settings hide the zone, the reader's zone — the
 * offset Jira wrote into `started` — is the best there is, and the row says so.
 */

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** One formatter per zone (they are costly to build); null for a name Intl does not know. */
function formatterOf(zone: string): Intl.DateTimeFormat | null {
  if (formatters.has(zone)) return formatters.get(zone) ?? null;
  let f: Intl.DateTimeFormat | null;
  try {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    f = null;
  }
  formatters.set(zone, f);
  return f;
}

export const isKnownTimeZone = (zone: string): boolean => formatterOf(zone) !== null;

/** The wall clock of an instant in a zone: date YYYY-MM-DD and time HH:mm:ss; null for an unknown zone. */
export function wallClockIn(ms: number, zone: string): { date: IsoDate; time: string } | null {
  const f = formatterOf(zone);
  if (!f || !Number.isFinite(ms)) return null;
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(ms))) p[part.type] = part.value;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}:${p.second}` };
}

const STARTED = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Epoch ms of a Jira `started` (2026-07-01T14:45:00.000+0200, offsets with or without a colon); NaN when unreadable. */
export function instantOfStarted(started: string): number {
  const m = STARTED.exec(started);
  if (!m) return Number.NaN;
  const [, date, h, mi, s, frac, zone] = m;
  const offset = zone === 'Z' ? 'Z' : `${zone?.slice(0, 3)}:${zone?.slice(-2)}`;
  return Date.parse(`${date}T${h}:${mi}:${s ?? '00'}.${(frac ?? '0').padEnd(3, '0')}${offset}`);
}

/** What the Worklogs table says of a row whose day came from the reader's zone (tooltip and accessible label). */
export const READER_DAY_NOTE = "Day in your time zone: the author's time zone is hidden in Jira";

export interface WorklogDay {
  /** The author's local date (or the reader's, see below). */
  date: IsoDate;
  /** The author's local time of day, HH:mm:ss. */
  time: string;
  /** The author's zone was hidden: date and time are the reader's (the offset Jira rendered `started` in). */
  fromReaderZone: boolean;
}

/** The day a Jira worklog belongs to: `started` seen in the author's zone, or as rendered when the zone is unknown. */
export function worklogDay(started: string, authorZone: string | null | undefined): WorklogDay | null {
  if (authorZone) {
    const own = wallClockIn(instantOfStarted(started), authorZone);
    if (own) return { ...own, fromReaderZone: false };
  }
  const date = localDateOfStarted(started);
  if (!date || Number.isNaN(instantOfStarted(started))) return null;
  return { date, time: started.slice(11, 19), fromReaderZone: true };
}
