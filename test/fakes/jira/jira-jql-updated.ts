/**
 * The `updated` clause of the fake's JQL, as Jira Cloud reads it:
 *
 *   updated >= "-95m"               relative to the server's now (units m, h, d, w)
 *   updated >= "2026-11-03 14:05"   a wall-clock minute in the searcher's profile zone
 *   updated >= "2026/11/03"         midnight of that day in the searcher's zone
 *
 * An issue's `updated` is epoch ms on the world (absent: long before any test).
 */

import { instantOfWallClock } from '../zones.js';

const RELATIVE = /^-(\d+)\s*([mhdw])$/;
const ABSOLUTE = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:\s+(\d{2}):(\d{2}))?$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

export const isUpdatedValue = (value: string): boolean => RELATIVE.test(value.trim()) || ABSOLUTE.test(value.trim());

export const updatedValueError = (value: string): string =>
  `Date value '${value}' for field 'updated' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`;

/** The instant a JQL `updated` value stands for, for a searcher in `zone` at server time `nowMs`. */
export function updatedValueMs(value: string, nowMs: number, zone = 'UTC'): number {
  const v = value.trim();
  const rel = RELATIVE.exec(v);
  if (rel) return nowMs - Number(rel[1]) * UNIT_MS[rel[2] as keyof typeof UNIT_MS];
  const abs = ABSOLUTE.exec(v);
  if (!abs) throw new Error(updatedValueError(value));
  return instantOfWallClock(`${abs[1]}-${abs[2]}-${abs[3]}`, Number(abs[4] ?? 0) * 60 + Number(abs[5] ?? 0), zone);
}
