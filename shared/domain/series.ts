import { addDays, addMonths, format, getISOWeek, getISOWeekYear, parseISO, startOfISOWeek, startOfMonth } from 'date-fns';
import { z } from 'zod';
import type { IsoDate } from './dates.js';
import { explorerFilterSchema } from './explorer.js';

/** What a chart splits hours by; epics and projects over time, people as one total each. */
export const SERIES_BY = ['epic', 'project', 'person'] as const;
export type SeriesBy = (typeof SERIES_BY)[number];

export const SERIES_BUCKETS = ['week', 'month'] as const;
export type SeriesBucketSize = (typeof SERIES_BUCKETS)[number];

/** More bars than this stop being readable (and a typo'd year could ask for thousands). */
export const MAX_BUCKETS = 200;
export const MAX_TOP = 20;

const toIso = (d: Date): IsoDate => format(d, 'yyyy-MM-dd');

export interface SeriesBucket {
  /** First and last day of the bucket, both inclusive, clipped to the requested range. */
  start: IsoDate;
  end: IsoDate;
  /** "2026-W05" (ISO week; its year is the ISO week-year) or "2026-01"; person charts: "2026-01-01..2026-01-31". */
  label: string;
}

/**
 * The buckets of a range, continuous (empty ones included): ISO weeks start on Monday, so a range
 * starting on a Wednesday has a first bucket of Wednesday–Sunday; months are calendar months.
 */
export function seriesBuckets(from: IsoDate, to: IsoDate, size: SeriesBucketSize): SeriesBucket[] {
  const out: SeriesBucket[] = [];
  const last = parseISO(to);
  let start = size === 'week' ? startOfISOWeek(parseISO(from)) : startOfMonth(parseISO(from));
  while (start <= last) {
    const next = size === 'week' ? addDays(start, 7) : addMonths(start, 1);
    const end = addDays(next, -1);
    out.push({
      start: toIso(start) < from ? from : toIso(start),
      end: toIso(end) > to ? to : toIso(end),
      label: size === 'week' ? `${getISOWeekYear(start)}-W${String(getISOWeek(start)).padStart(2, '0')}` : format(start, 'yyyy-MM'),
    });
    start = next;
  }
  return out;
}

/** How many buckets a range has, without building them (for validation of absurd ranges). */
export function bucketCount(from: IsoDate, to: IsoDate, size: SeriesBucketSize): number {
  const a = parseISO(from);
  const b = parseISO(to);
  if (size === 'month') return (b.getFullYear() - a.getFullYear()) * 12 + b.getMonth() - a.getMonth() + 1;
  const days = Math.round((startOfISOWeek(b).getTime() - startOfISOWeek(a).getTime()) / 86_400_000);
  return Math.round(days / 7) + 1;
}

export const explorerSeriesInputSchema = z
  .object({
    // The Worklogs page's filters, so a chart and the worklogs view always describe the same worklogs.
    ...explorerFilterSchema.shape,
    by: z.enum(SERIES_BY),
    /** Ignored for people: their chart is one total per person over the whole range. */
    bucket: z.enum(SERIES_BUCKETS).default('week'),
    /** How many series are shown by name; the rest add up in "Other". */
    top: z.number().int().min(1).max(MAX_TOP).default(8),
  })
  .superRefine((q, ctx) => {
    if (q.from > q.to) {
      ctx.addIssue({ code: 'custom', message: 'The range must start on or before its last day.', path: ['from'] });
      return;
    }
    if (q.by === 'person') return;
    const n = bucketCount(q.from, q.to, q.bucket);
    if (n > MAX_BUCKETS) {
      const unit = q.bucket === 'week' ? 'weeks' : 'months';
      const fix = q.bucket === 'week' ? 'show it by month, or choose' : 'choose';
      ctx.addIssue({ code: 'custom', message: `That range has ${n} ${unit}, too many bars to read: ${fix} a range of at most ${MAX_BUCKETS} ${unit}.` });
    }
  });
export type ExplorerSeriesInput = z.input<typeof explorerSeriesInputSchema>;
export type ExplorerSeriesQuery = z.output<typeof explorerSeriesInputSchema>;

export interface ChartSeries {
  /** Epic key, project key or account id; null = "No epic" / "No project" (one series across instances). */
  key: string | null;
  label: string;
  /** Epic and project keys are unique within a Jira site only, so those series are per instance; null for people and the "no" series. */
  instanceId: string | null;
  /** Seconds per bucket, aligned with `buckets`. */
  seconds: number[];
  total: number;
}

export interface ExplorerSeries {
  by: SeriesBy;
  /** 'range' for people: a single bucket spanning the whole range. */
  bucket: SeriesBucketSize | 'range';
  buckets: SeriesBucket[];
  /** The `top` biggest series, biggest first (ties: by label). */
  series: ChartSeries[];
  /** Everything else, summed; null when nothing is left over. */
  other: { seconds: number[]; total: number; series: number } | null;
  /** Seconds per bucket over every series, Other included. */
  bucketTotals: number[];
  /** The filtered total: the sum of every series and Other. */
  total: number;
}
