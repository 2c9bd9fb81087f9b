import type { Leave } from '../../../../shared/domain/leaves';

export const typeLabel = (type: string | null): string => type ?? 'Leave';

/** Every calendar date of a range, as YYYY-MM-DD. */
export function datesOf(from: string, to: string): string[] {
  const out: string[] = [];
  const d = new Date(`${from}T00:00:00Z`);
  for (let s = from; s <= to; s = d.toISOString().slice(0, 10)) {
    out.push(s);
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string): number => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
export const isWeekend = (date: string): boolean => isoWeekday(date) >= 6;

export function monthTitle(month: string): string {
  return new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** "3 Nov" or "3–5 Nov" style, locale-aware. */
export function formatSpan(from: string, to: string): string {
  const f = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const a = new Date(`${from}T00:00:00Z`);
  if (from === to) return f.format(a);
  return f.formatRange(a, new Date(`${to}T00:00:00Z`));
}

export const halfDayLabel = (l: Leave): string => (l.halfDay === 'morning' ? 'Morning' : l.halfDay === 'afternoon' ? 'Afternoon' : 'Full day');

export function distinctTypes(leaves: readonly Leave[]): Array<string | null> {
  const seen = new Map<string, string | null>();
  for (const l of leaves) seen.set(l.type ?? '', l.type);
  return [...seen.values()].sort((a, b) => typeLabel(a).localeCompare(typeLabel(b)));
}
