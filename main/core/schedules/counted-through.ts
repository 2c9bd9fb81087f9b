import type { ExpectedUpTo } from '../../../shared/domain/settings.js';

const pad = (n: number): string => String(n).padStart(2, '0');
/** The local calendar day of an instant (the user's day, as the renderer's "today"). */
const localDay = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/**
 * The last day whose expected hours count: today, or yesterday (the default, since today is still
 * being logged). Later days of the current week or month are shown but left out of the totals, so
 * on the 5th a lead does not see everyone 120 h behind. Past periods end before it and are whole.
 */
export function countedThrough(now: Date, upTo: ExpectedUpTo): string {
  if (upTo === 'today') return localDay(now);
  const y = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 12);
  return localDay(y);
}

/** The part of [from, to] that counts: null when nothing of it has elapsed yet. */
export function countedRange(range: { from: string; to: string }, through: string | null): { from: string; to: string } | null {
  if (through === null || range.to <= through) return range;
  if (through < range.from) return null;
  return { from: range.from, to: through };
}
