import { MAX_DAY_HOURS } from '../../../../shared/domain/settings';

/**
 * The typed values of Settings → The team's week, checked here first so the message comes at once
 * (main checks again with the settings schema). Each returns the value to save, or the problem.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** "9:05" or "09:05" → "09:05"; anything else is refused in plain words. */
export function checkReminderTime(text: string): Checked<string> {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  const h = m ? Number(m[1]) : NaN;
  const min = m ? Number(m[2]) : NaN;
  if (!m || h > 23 || min > 59) return { ok: false, error: 'Use a time like 09:00 (24-hour clock, hours 00–23, minutes 00–59).' };
  return { ok: true, value: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` };
}

/** Hours from 1 to 24; halves and quarters are fine (7.5). A comma works as the decimal mark too. */
export function checkMaxDayHours(text: string): Checked<number> {
  const t = text.trim().replace(',', '.');
  const n = Number(t);
  if (t === '' || !Number.isFinite(n) || n < MAX_DAY_HOURS.min || n > MAX_DAY_HOURS.max) {
    return { ok: false, error: `Enter a number of hours from ${MAX_DAY_HOURS.min} to ${MAX_DAY_HOURS.max}.` };
  }
  return { ok: true, value: n };
}
