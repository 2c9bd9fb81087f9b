import type { IsoWeekday } from '../../../../shared/domain/team';

export const WEEKDAYS: { day: IsoWeekday; short: string; long: string }[] = [
  { day: 1, short: 'Mon', long: 'Monday' },
  { day: 2, short: 'Tue', long: 'Tuesday' },
  { day: 3, short: 'Wed', long: 'Wednesday' },
  { day: 4, short: 'Thu', long: 'Thursday' },
  { day: 5, short: 'Fri', long: 'Friday' },
  { day: 6, short: 'Sat', long: 'Saturday' },
  { day: 7, short: 'Sun', long: 'Sunday' },
];

/** [1,2,3,4] → "Mon–Thu", [1,3,5] → "Mon, Wed, Fri", [] → "No working days". */
export function weekdaysText(days: readonly IsoWeekday[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 0) return 'No working days';
  const name = (d: number): string => WEEKDAYS[d - 1]?.short ?? String(d);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    const a = sorted[i] as number;
    const b = sorted[j] as number;
    parts.push(b - a >= 2 ? `${name(a)}–${name(b)}` : b > a ? `${name(a)}, ${name(b)}` : name(a));
    i = j + 1;
  }
  return parts.join(', ');
}

/** "7.5" or "7,5" → 27000 seconds; null when not hours between 0 and 24. */
export function parseHours(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const h = Number(t);
  if (!Number.isFinite(h) || h < 0 || h > 24) return null;
  return Math.round(h * 3600);
}

export const hoursText = (seconds: number): string => String(Math.round((seconds / 3600) * 100) / 100);
