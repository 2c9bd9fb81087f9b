/**
 * Wall clocks in IANA zones with their real daylight-saving rules (Intl), for the fakes: the world
 * keeps each worklog as its author logged it (their wall clock and the offset in force that day),
 * fake Jira renders it in the reader's zone, fake Tempo gives the author's date and time.
 */

import { instantOfStarted, wallClockIn } from '../../shared/domain/zoned-day.js';

/** The zone of the account fake Jira answers for unless told otherwise: a lead in Berlin (not UTC, with DST). */
export const DEFAULT_READER_ZONE = 'Europe/Berlin';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** The offset of a zone at an instant, in minutes east of UTC (Berlin in July: 120). */
export function offsetMinutesAt(ms: number, zone: string): number {
  const wall = wallClockIn(ms, zone);
  if (!wall) throw new Error(`unknown time zone '${zone}'`);
  const asUtc = Date.parse(`${wall.date}T${wall.time}Z`);
  // Whole minutes: the wall clock has no milliseconds.
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** Jira's offset notation: +0200, -0330, +0545. */
export function jiraOffset(minutes: number): string {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}${pad(a % 60)}`;
}

/** An instant as Jira renders a date-time for a reader in `zone`: 2026-07-01T14:45:00.000+0200. */
export function renderInZone(ms: number, zone: string): string {
  const wall = wallClockIn(ms, zone);
  if (!wall) throw new Error(`unknown time zone '${zone}'`);
  return `${wall.date}T${wall.time}.${pad(((ms % 1000) + 1000) % 1000, 3)}${jiraOffset(offsetMinutesAt(ms, zone))}`;
}

/** A `started` value (any offset) rendered again for a reader in `zone`. */
export function reRender(started: string, zone: string): string {
  const ms = instantOfStarted(started);
  if (Number.isNaN(ms)) throw new Error(`fake: unreadable started '${started}'`);
  return renderInZone(ms, zone);
}

/** The calendar date of a `started` value for a reader in `zone`: how JQL `worklogDate` sees it. */
export function dateInZone(started: string, zone: string): string {
  return wallClockIn(instantOfStarted(started), zone)?.date ?? '';
}

/**
 * The instant of a wall-clock time in a zone, DST included. A time that does not exist (skipped
 * by a spring-forward) comes out as the wall clock after the jump, like most calendars do.
 */
export function instantOfWallClock(date: string, minutesOfDay: number, zone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutesOfDay * 60_000;
  // Two rounds settle the offset even next to a transition.
  let ms = wall - offsetMinutesAt(wall, zone) * 60_000;
  ms = wall - offsetMinutesAt(ms, zone) * 60_000;
  return ms;
}

/** A worklog's `started` as its author logged it: their wall clock and their offset that day. */
export function startedInZone(date: string, minutesOfDay: number, zone: string): string {
  return renderInZone(instantOfWallClock(date, minutesOfDay, zone), zone);
}
