import type { ChartSeries, ExplorerSeries, SeriesBucket, SeriesBucketSize } from '../../../../shared/domain/series';

const date = (iso: string): Date => new Date(`${iso}T00:00:00`);

/** Whole calendar month (not clipped by the range). */
function isWholeMonth(b: SeriesBucket): boolean {
  const start = date(b.start);
  const last = new Date(start.getFullYear(), start.getMonth() + 1, 0).getDate();
  return b.start.endsWith('-01') && Number(b.end.slice(8, 10)) === last;
}

/** Short axis labels: a week by its first day ("27 Jan"), a month by its name ("Jan", "Jan 26" when the range spans years). */
export function bucketTick(b: SeriesBucket, size: SeriesBucketSize, spansYears: boolean, locale?: string): string {
  if (size === 'week') return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(date(b.start));
  return new Intl.DateTimeFormat(locale, spansYears ? { month: 'short', year: '2-digit' } : { month: 'short' }).format(date(b.start));
}

/** Tooltip and table titles: "Week 5 · 27 Jan – 2 Feb 2026", "January 2026", or the clipped days "1–14 Jan 2026". */
export function bucketTitle(b: SeriesBucket, size: SeriesBucketSize, locale?: string): string {
  const days = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(date(b.start), date(b.end));
  if (size === 'week') return `Week ${Number(b.label.slice(b.label.indexOf('W') + 1))} · ${days}`;
  return isWholeMonth(b) ? new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(date(b.start)) : days;
}

/** Hours on a value axis: "40 h", "7.5 h". */
export function hoursTick(hours: number, locale?: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(hours)} h`;
}

/**
 * Axis ticks at round steps (1, 2 or 5 × a power of ten: 0, 500, 1,000, 1,500 h rather than
 * 0, 350, 700, 1,050 h), at most `count` intervals, from 0 to the first tick at or above `max`.
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const top = Math.ceil(max / step - 1e-9) * step;
  // toPrecision: 0.1 × 3 should read 0.3, not 0.30000000000000004.
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/**
 * At most `max` visible characters, cut between graphemes so an accent or an emoji is never split,
 * with an ellipsis when cut (the full name stays in the tooltip / title).
 */
export function shorten(text: string, max: number): string {
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
  return graphemes.length <= max ? text : `${graphemes.slice(0, max - 1).join('').trimEnd()}…`;
}

/** A series as the page shows it: with its site's name when another shown series has the same name. */
export interface ShownSeries extends ChartSeries {
  site: string | null;
  /** Its colour (0-based, see colour-slots.ts): stable while the view changes. */
  slot: number;
}
export interface ShownData extends Omit<ExplorerSeries, 'series'> {
  series: ShownSeries[];
}

/**
 * Two sites may both have a "Platform" epic: those series (and only those) carry their site's name,
 * so the legend, the tooltip and the table tell them apart. "No epic" spans sites and has none.
 */
export function withSiteNames(data: ExplorerSeries, siteName: (instanceId: string) => string | undefined, slotsOf: (keys: readonly string[]) => number[]): ShownData {
  const counts = new Map<string, number>();
  for (const s of data.series) counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
  const slots = slotsOf(data.series.map((s) => `${s.instanceId ?? ''}|${s.key ?? ''}`));
  return {
    ...data,
    series: data.series.map((s, i) => ({
      ...s,
      site: (counts.get(s.label) ?? 0) > 1 && s.instanceId !== null ? (siteName(s.instanceId) ?? 'another site') : null,
      slot: slots[i] ?? i,
    })),
  };
}

/** "Core Platform · Acme" — for sentences; the components render the site as its own span, so a long name can't cut it off. */
export const fullName = (s: ShownSeries): string => (s.site ? `${s.label} · ${s.site}` : s.label);

export const NOUNS = {
  epic: { one: 'epic', many: 'epics' },
  project: { one: 'project', many: 'projects' },
  person: { one: 'person', many: 'people' },
} as const;
