import { create } from 'zustand';
import type { SeriesBucketSize } from '../../../../shared/domain/series';
import { isExplorerPreset } from '../../../../shared/domain/dates';
import type { ExplorerFilters } from '../worklogs/worklogs-port';

/** The Charts page's own date range: the other filters are the Worklogs page's (explorer-store). */
export type ChartsRange = Pick<ExplorerFilters, 'preset' | 'customFrom' | 'customTo'>;

interface ChartsState {
  bucket: SeriesBucketSize;
  /**
   * The range the user chose on Charts; null until they choose one, and then Charts opens on the
   * last complete week or month with data (use-charts-range.ts) rather than an empty current one.
   */
  range: ChartsRange | null;
  setBucket(bucket: SeriesBucketSize): void;
  setRange(range: ChartsRange): void;
}

export const CHARTS_STORAGE_KEY = 'worklog-desk.charts.v1';

/** A saved range, checked field by field: anything damaged counts as "not chosen". */
function loadRange(v: unknown): ChartsRange | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Partial<Record<keyof ChartsRange, unknown>>;
  if (!(isExplorerPreset(r.preset) || r.preset === 'custom')) return null;
  return { preset: r.preset, customFrom: typeof r.customFrom === 'string' ? r.customFrom : '', customTo: typeof r.customTo === 'string' ? r.customTo : '' };
}

function load(): Pick<ChartsState, 'bucket' | 'range'> {
  try {
    const v = JSON.parse(window.localStorage.getItem(CHARTS_STORAGE_KEY) ?? '{}') as { bucket?: unknown; range?: unknown };
    return { bucket: v.bucket === 'month' ? 'month' : 'week', range: loadRange(v.range) };
  } catch {
    return { bucket: 'week', range: null };
  }
}

/** The Charts page's own choices: week or month bars, and its date range. */
export const useChartsStore = create<ChartsState>((set) => ({
  ...load(),
  setBucket: (bucket) => set({ bucket }),
  setRange: (range) => set({ range }),
}));

useChartsStore.subscribe((s) => {
  try {
    window.localStorage.setItem(CHARTS_STORAGE_KEY, JSON.stringify({ bucket: s.bucket, range: s.range }));
  } catch {
    // Storage full or disabled: the choice still holds for this session.
  }
});
