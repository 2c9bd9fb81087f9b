/**
 * Jira's date-time strings: `started` with an offset (2026-11-03T23:45:00.000+0530; the fake
 * renders it in the reader's zone, jira-zone.ts); created/updated are rendered here in UTC (+0000).
 */

const STARTED = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?([+-])(\d{2}):?(\d{2})$/;

// `started` strings never change meaning, so parsing is memoised by value: no invalidation needed.
const parsed = new Map<string, number>();

/** Epoch ms of a Jira `started` value; NaN when it is not one. */
export function startedToMs(started: string): number {
  const hit = parsed.get(started);
  if (hit !== undefined) return hit;
  const m = STARTED.exec(started);
  let ms = NaN;
  if (m) {
    const [, y, mo, d, h, mi, s, frac, sign, oh, om] = m;
    const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number((frac ?? '0').padEnd(3, '0')));
    const offsetMin = (Number(oh) * 60 + Number(om)) * (sign === '-' ? -1 : 1);
    ms = local - offsetMin * 60_000;
  }
  if (parsed.size > 200_000) parsed.clear();
  parsed.set(started, ms);
  return ms;
}

/** Epoch ms as Jira writes a date-time, in UTC: 2026-11-03T18:15:00.000+0000. */
export function jiraDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/** Jira's `timeSpent`: weeks of 5 days of 8 hours, e.g. 37800 → "1d 2h 30m". */
export function jiraDuration(seconds: number): string {
  const units: Array<[string, number]> = [
    ['w', 5 * 8 * 3600],
    ['d', 8 * 3600],
    ['h', 3600],
    ['m', 60],
  ];
  let rest = Math.max(0, Math.round(seconds / 60) * 60);
  const parts: string[] = [];
  for (const [unit, size] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  return parts.length > 0 ? parts.join(' ') : '0m';
}
