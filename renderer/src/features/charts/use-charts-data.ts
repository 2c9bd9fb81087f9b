import { useMemo } from 'react';
import type { ExplorerSeries, SeriesBucketSize, SeriesBy } from '../../../../shared/domain/series';
import type { ExplorerFilters } from '../worklogs/worklogs-port';
import { useInstancesStore } from '../../stores/instances-store';
import type { ExplorerData, Loaded } from '../worklogs/worklogs-port';
import { useExplorerData, useLoad } from '../worklogs/worklogs-port';
import type { ShownData } from './chart-format';
import { withSiteNames } from './chart-format';
import { readSeries } from './charts-api';
import { createColourSlots } from './colour-slots';

/** Named series per chart; the rest add up in "Other". People get more: a team is usually all on screen. */
export const TOP: Record<SeriesBy, number> = { epic: 8, project: 8, person: 20 };

export interface ChartsData extends ExplorerData {
  series: Record<SeriesBy, Loaded<ShownData>>;
}

/** One memory of colours per chart, for the whole session (see colour-slots.ts). */
const COLOUR_SLOTS: Record<SeriesBy, (keys: readonly string[]) => number[]> = { epic: createColourSlots(), project: createColourSlots(), person: createColourSlots() };

function useNamed(loaded: Loaded<ExplorerSeries>, siteName: (id: string) => string | undefined): Loaded<ShownData> {
  const data = useMemo(() => loaded.data && withSiteNames(loaded.data, siteName, COLOUR_SLOTS[loaded.data.by]), [loaded.data, siteName]);
  return { ...loaded, data };
}

/**
 * The Worklogs page's data (range, filter, facets for the filter bar, totals) plus one series
 * query per chart, all keyed on the same debounced filter and data version, so the charts and the
 * Worklogs page read the same worklogs and refresh together after a sync.
 */
export function useChartsData(filters: ExplorerFilters, bucket: SeriesBucketSize): ChartsData {
  const data = useExplorerData(filters, 'none');
  const instances = useInstancesStore((s) => s.items);
  const siteName = useMemo(() => {
    const names = new Map(instances.map((i) => [i.id, i.name]));
    return (id: string) => names.get(id);
  }, [instances]);
  const { filter, version } = data;
  const load = (by: SeriesBy, size: SeriesBucketSize | null) => {
    const key = filter ? JSON.stringify([filter, by, size, version]) : null;
    return { key, run: () => readSeries({ ...filter!, by, top: TOP[by], ...(size ? { bucket: size } : {}) }) };
  };
  const epic = load('epic', bucket);
  const project = load('project', bucket);
  // One total per person whatever the bucket: switching week/month needn't reload it.
  const person = load('person', null);
  return {
    ...data,
    series: {
      epic: useNamed(useLoad(epic.key, epic.run), siteName),
      project: useNamed(useLoad(project.key, project.run), siteName),
      person: useNamed(useLoad(person.key, person.run), siteName),
    },
  };
}
