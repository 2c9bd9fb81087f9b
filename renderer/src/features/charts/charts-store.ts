import { create } from 'zustand';
import type { SeriesBucketSize } from '../../../../shared/domain/series';

interface ChartsState {
  bucket: SeriesBucketSize;
  setBucket(bucket: SeriesBucketSize): void;
}

export const CHARTS_STORAGE_KEY = 'worklog-desk.charts.v1';

function load(): SeriesBucketSize {
  try {
    const v = JSON.parse(window.localStorage.getItem(CHARTS_STORAGE_KEY) ?? '{}') as { bucket?: unknown };
    return v.bucket === 'month' ? 'month' : 'week';
  } catch {
    return 'week';
  }
}

/** The Charts page's own choice (week or month bars); its filters are the Worklogs page's (explorer-store). */
export const useChartsStore = create<ChartsState>((set) => ({
  bucket: load(),
  setBucket: (bucket) => set({ bucket }),
}));

useChartsStore.subscribe((s) => {
  try {
    window.localStorage.setItem(CHARTS_STORAGE_KEY, JSON.stringify({ bucket: s.bucket }));
  } catch {
    // Storage full or disabled: the choice still holds for this session.
  }
});
