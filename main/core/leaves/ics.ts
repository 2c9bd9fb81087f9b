import type { Holiday } from '../../../shared/domain/leaves.js';
import { isIsoDate } from '../../../shared/domain/dates.js';

/** A holiday longer than this is a malformed event (or not a holiday): it is cut, not expanded for years. */
const MAX_EVENT_DAYS = 31;

/** RFC 5545 text escapes: `\,` `\;` `\\` and `\n` (a line break, here a space: names are one line). */
const unescapeText = (s: string): string => s.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? ' ' : c)).trim();

/** `NAME;PARAM=a;VALUE=DATE:20261225` → name, params, value. A ':' inside a quoted parameter is not the separator. */
function splitProperty(line: string): { name: string; params: string; value: string } | null {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      const head = line.slice(0, i);
      const semi = head.indexOf(';');
      return { name: (semi < 0 ? head : head.slice(0, semi)).toUpperCase(), params: semi < 0 ? '' : head.slice(semi + 1), value: line.slice(i + 1) };
    }
  }
  return null;
}

/** `20261225` or `20261225T000000Z` → `2026-12-25`; null when it is no date. */
function icsDate(value: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return isIsoDate(date) ? date : null;
}

const nextDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * The all-day events of an iCalendar file as holidays: DTSTART (with VALUE=DATE, or a date-time
 * whose date part is taken), DTEND exclusive as RFC 5545 says (a three-day event covers three
 * days), SUMMARY as the name. Written by hand because public holiday feeds use only this much.
 * Recurrence rules (RRULE) are not expanded: holiday feeds list each year's dates explicitly.
 * Events without a start date are skipped. Sorted by date; a day named twice keeps the first name.
 */
export function parseIcsHolidays(text: string): Holiday[] {
  // Unfold: a line starting with a space or tab continues the previous one.
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n[ \t]/g, '').split('\n');
  const out = new Map<string, string>();
  let event: { start: string | null; end: string | null; summary: string } | null = null;
  for (const raw of lines) {
    const line = raw.trimEnd();
    const upper = line.toUpperCase();
    if (upper === 'BEGIN:VEVENT') {
      event = { start: null, end: null, summary: '' };
      continue;
    }
    if (upper === 'END:VEVENT') {
      if (event?.start) {
        const name = event.summary || 'Holiday';
        // DTEND is exclusive; a missing or non-later end means a one-day event.
        const last = event.end && event.end > event.start ? event.end : nextDay(event.start);
        let day = event.start;
        for (let n = 0; day < last && n < MAX_EVENT_DAYS; n++, day = nextDay(day)) if (!out.has(day)) out.set(day, name);
      }
      event = null;
      continue;
    }
    if (!event) continue;
    const prop = splitProperty(line);
    if (!prop) continue;
    if (prop.name === 'DTSTART') event.start = icsDate(prop.value);
    else if (prop.name === 'DTEND') event.end = icsDate(prop.value);
    else if (prop.name === 'SUMMARY') event.summary = unescapeText(prop.value);
  }
  return [...out.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, name]) => ({ date, name }));
}
