import type { ExplorerSeries, SeriesBucket } from '../../../shared/domain/series.js';

/** The bucket starts after its calendar week/month does: the range cut into it. */
function clipped(b: SeriesBucket, size: ExplorerSeries['bucket']): boolean {
  if (size === 'month') return !b.start.endsWith('-01');
  if (size === 'week') return new Date(`${b.start}T00:00:00Z`).getUTCDay() !== 1;
  return false;
}

/**
 * A range that starts late in a week (this month starting on a Sunday) or late in a month begins
 * with a sliver of a bucket — a bar for a week that lies almost wholly before the range. When that
 * sliver has no hours it is dropped: an empty first bar outside the range only misleads. A sliver
 * with hours stays (they are part of the range), as does any bucket that is a whole week/month.
 */
export function trimEmptyLead(s: ExplorerSeries): ExplorerSeries {
  const first = s.buckets[0];
  // A range with no hours at all keeps every bucket (its page says there is nothing to draw).
  if (s.total === 0 || s.buckets.length < 2 || !first || !clipped(first, s.bucket) || (s.bucketTotals[0] ?? 0) !== 0) return s;
  return {
    ...s,
    buckets: s.buckets.slice(1),
    series: s.series.map((x) => ({ ...x, seconds: x.seconds.slice(1) })),
    other: s.other ? { ...s.other, seconds: s.other.seconds.slice(1) } : null,
    bucketTotals: s.bucketTotals.slice(1),
  };
}
