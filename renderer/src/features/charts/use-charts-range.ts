import { parseISO } from 'date-fns';
import type { SeriesBucketSize } from '../../../../shared/domain/series';
import { explorerPresetRange } from '../../../../shared/domain/dates';
import { useDataVersion, useLoad } from '../worklogs/worklogs-port';
import { lastDayWithData } from './charts-api';
import type { ChartsRange } from './charts-store';

/**
 * The range Charts shows: the user's choice when they made one; otherwise the last complete week
 * or month (per the bars) that has worklogs — the period holding the latest stored day before the
 * current one starts — because a current week or month is often still empty, or half drawn.
 * Nothing stored before it: the current period. null while main is being asked.
 */
export function useChartsRange(chosen: ChartsRange | null, bucket: SeriesBucketSize, today: Date = new Date()): ChartsRange | null {
  const period = bucket === 'week' ? 'this-week' : 'this-month';
  const current = explorerPresetRange(period, today);
  const version = useDataVersion();
  const key = chosen ? null : `${current.from}|${version}`;
  const latest = useLoad(key, () => lastDayWithData(current.from));
  if (chosen) return chosen;
  if (latest.loading) return null;
  if (!latest.data) return { preset: period, customFrom: '', customTo: '' };
  const last = explorerPresetRange(period, parseISO(latest.data));
  return { preset: 'custom', customFrom: last.from, customTo: last.to };
}
