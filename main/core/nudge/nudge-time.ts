/** Local calendar helpers for the morning reminder (the user's own clock, not UTC). */

const pad = (n: number): string => String(n).padStart(2, '0');

/** The local day of `at` as YYYY-MM-DD. */
export const localDay = (at: Date): string => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;

/** Minutes since local midnight of `at`. */
export const localMinutes = (at: Date): number => at.getHours() * 60 + at.getMinutes();

/** "09:30" → 570. */
export const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** The day before a YYYY-MM-DD day (calendar arithmetic, no time zone involved). */
export function dayBefore(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The last working day strictly before `day`; looks back at most two weeks (then gives the plain day before). */
export function previousWorkingDay(day: string, isWorkingDay: (d: string) => boolean): string {
  let d = dayBefore(day);
  for (let i = 0; i < 14; i++, d = dayBefore(d)) if (isWorkingDay(d)) return d;
  return dayBefore(day);
}
