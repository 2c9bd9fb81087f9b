import type { Leave } from '../../../../shared/domain/leaves';

/** Hues far enough apart to tell types apart in both themes. */
const HUES = [262, 152, 28, 205, 330, 95, 180, 300, 235, 60, 125, 350];

/** The usual Factorial types get distinct, meaningful hues; any other name is hashed onto the palette. */
const KNOWN: Array<[RegExp, number]> = [
  [/vacation|holiday|vacaciones|annual/i, 152],
  [/sick|illness|medical|baja|enfermedad/i, 28],
  [/personal|asuntos propios/i, 262],
  [/parental|maternity|paternity|birth/i, 330],
  [/training|course|formaci/i, 205],
  [/remote|home|teletrabajo/i, 95],
];

/** A stable hue per leave type name: the same type has the same colour in every month and session. */
export function typeHue(type: string | null): number {
  const name = (type ?? '').trim();
  for (const [re, hue] of KNOWN) if (re.test(name)) return hue;
  let h = 2166136261;
  for (const ch of name.toLowerCase()) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  return HUES[(h >>> 0) % HUES.length] as number;
}

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
