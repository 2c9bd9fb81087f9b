import { create } from 'zustand';
import type { ExplorerFilter, GroupBy, RowSort, SortDir } from '../../../../shared/domain/explorer';
import { GROUP_BY, ROW_SORT } from '../../../../shared/domain/explorer';
import type { ExplorerPreset } from '../../../../shared/domain/dates';
import type { WorklogColumn } from '../../../../shared/domain/export';
import { WORKLOG_COLUMNS } from '../../../../shared/domain/export';
import { explorerPresetRange, isExplorerPreset, isIsoDate } from '../../../../shared/domain/dates';

export type RangeChoice = ExplorerPreset | 'custom';
export type Grouping = 'none' | GroupBy;

/** Table columns, in display order (shared with main: exports write the visible ones in this order). */
export const COLUMNS = WORKLOG_COLUMNS;
export type ColumnId = WorklogColumn;

export interface ExplorerFilters {
  preset: RangeChoice;
  customFrom: string;
  customTo: string;
  instanceIds: string[];
  projectKeys: string[];
  /** null selects worklogs without an epic. */
  epicKeys: Array<string | null>;
  authorAccountIds: string[];
  text: string;
  teamOnly: boolean;
}

export interface ExplorerPrefs {
  filters: ExplorerFilters;
  groupBy: Grouping;
  sort: { by: RowSort; dir: SortDir };
  hiddenColumns: ColumnId[];
  /** Widths the user dragged, in px; a column without one shares the free space. */
  columnWidths: Partial<Record<ColumnId, number>>;
}

/** A resized column stays between these (px). */
export const COLUMN_WIDTH_LIMITS = { min: 56, max: 720 } as const;

/** What a bar of the Charts page stands for: one series and, on the time charts, the days of its bucket. */
export interface SeriesSelection {
  by: 'epic' | 'project' | 'person';
  /** Epic key (null: "No epic"), project key or account id. */
  key: string | null;
  /** The site of an epic or project key (keys are unique within a site only). */
  instanceId: string | null;
  range?: { from: string; to: string };
  /** How the Charts page names it when it offers the way back ("Project Atlas, week 5"). */
  label: string;
}

/** Whether the Worklogs filters can express a selection: there is no "no project" filter. */
export function canShowSeries(sel: Pick<SeriesSelection, 'by' | 'key'>): boolean {
  return sel.key !== null || sel.by === 'epic';
}

interface ExplorerState extends ExplorerPrefs {
  /** The filters before the last chart click, until the user changes filters themselves (not saved). */
  drill: { before: ExplorerFilters; label: string } | null;
  setFilters(patch: Partial<ExplorerFilters>): void;
  /**
   * Narrows the filters to a chart's bar — its series, its site, its bucket's days — keeping the
   * other filters it was drawn with, so the Worklogs totals equal the bar.
   */
  showSeries(sel: SeriesSelection): void;
  /** Back to the filters as they were before the last chart click. */
  undoShowSeries(): void;
  clearFilters(): void;
  setGroupBy(groupBy: Grouping): void;
  /** Same column: flips the direction; another column: its natural first direction. */
  sortBy(by: RowSort): void;
  toggleColumn(id: ColumnId): void;
  /** null gives the column back its share of the free space. */
  setColumnWidth(id: ColumnId, px: number | null): void;
}

export const EMPTY_FILTERS: ExplorerFilters = {
  preset: 'this-month',
  customFrom: '',
  customTo: '',
  instanceIds: [],
  projectKeys: [],
  epicKeys: [],
  authorAccountIds: [],
  text: '',
  teamOnly: false,
};

const DEFAULTS: ExplorerPrefs = {
  filters: EMPTY_FILTERS,
  groupBy: 'none',
  sort: { by: 'date', dir: 'desc' },
  hiddenColumns: ['instance'],
  columnWidths: {},
};

const clampWidth = (px: number): number => Math.round(Math.min(COLUMN_WIDTH_LIMITS.max, Math.max(COLUMN_WIDTH_LIMITS.min, px)));

function loadWidths(v: unknown): Partial<Record<ColumnId, number>> {
  if (typeof v !== 'object' || v === null) return {};
  const out: Partial<Record<ColumnId, number>> = {};
  for (const [k, px] of Object.entries(v)) {
    if ((COLUMNS as readonly string[]).includes(k) && typeof px === 'number' && Number.isFinite(px)) out[k as ColumnId] = clampWidth(px);
  }
  return out;
}

export const STORAGE_KEY = 'worklog-desk.worklogs.v1';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []);

/** What was saved, checked field by field: a damaged or older entry falls back to defaults, never crashes the page. */
function load(): ExplorerPrefs {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return DEFAULTS;
    const v = JSON.parse(raw) as Partial<Record<keyof ExplorerPrefs, unknown>>;
    const f = (v.filters ?? {}) as Partial<Record<keyof ExplorerFilters, unknown>>;
    const preset: RangeChoice = isExplorerPreset(f.preset) || f.preset === 'custom' ? f.preset : 'this-month';
    const sort = (v.sort ?? {}) as { by?: unknown; dir?: unknown };
    return {
      filters: {
        preset,
        customFrom: typeof f.customFrom === 'string' ? f.customFrom : '',
        customTo: typeof f.customTo === 'string' ? f.customTo : '',
        instanceIds: strings(f.instanceIds),
        projectKeys: strings(f.projectKeys),
        epicKeys: Array.isArray(f.epicKeys) ? f.epicKeys.filter((x): x is string | null => x === null || (typeof x === 'string' && x !== '')) : [],
        authorAccountIds: strings(f.authorAccountIds),
        text: typeof f.text === 'string' ? f.text.slice(0, 200) : '',
        teamOnly: f.teamOnly === true,
      },
      groupBy: v.groupBy === 'none' || (GROUP_BY as readonly unknown[]).includes(v.groupBy) ? (v.groupBy as Grouping) : 'none',
      sort: {
        by: (ROW_SORT as readonly unknown[]).includes(sort.by) ? (sort.by as RowSort) : 'date',
        dir: sort.dir === 'asc' ? 'asc' : 'desc',
      },
      hiddenColumns: Array.isArray(v.hiddenColumns) ? (v.hiddenColumns.filter((c) => (COLUMNS as readonly unknown[]).includes(c)) as ColumnId[]) : DEFAULTS.hiddenColumns,
      columnWidths: loadWidths(v.columnWidths),
    };
  } catch {
    return DEFAULTS;
  }
}

/** The Worklogs page's filters and view choices; kept in localStorage so they survive a restart. */
export const useExplorerStore = create<ExplorerState>((set) => ({
  ...load(),
  drill: null,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch }, drill: null })),
  showSeries: (sel) =>
    set((s) => {
      if (!canShowSeries(sel)) return {};
      const f: ExplorerFilters = { ...s.filters };
      if (sel.range) Object.assign(f, { preset: 'custom', customFrom: sel.range.from, customTo: sel.range.to });
      if (sel.instanceId !== null) f.instanceIds = [sel.instanceId];
      if (sel.by === 'epic') f.epicKeys = [sel.key];
      else if (sel.by === 'project') f.projectKeys = [sel.key as string];
      else f.authorAccountIds = [sel.key as string];
      return { filters: f, drill: { before: s.drill?.before ?? s.filters, label: sel.label } };
    }),
  undoShowSeries: () => set((s) => (s.drill ? { filters: s.drill.before, drill: null } : {})),
  clearFilters: () => set((s) => ({ filters: { ...EMPTY_FILTERS, preset: s.filters.preset, customFrom: s.filters.customFrom, customTo: s.filters.customTo }, drill: null })),
  setGroupBy: (groupBy) => set({ groupBy }),
  sortBy: (by) =>
    set((s) => ({
      sort: s.sort.by === by ? { by, dir: s.sort.dir === 'asc' ? 'desc' : 'asc' } : { by, dir: by === 'seconds' || by === 'date' ? 'desc' : 'asc' },
    })),
  toggleColumn: (id) => set((s) => ({ hiddenColumns: s.hiddenColumns.includes(id) ? s.hiddenColumns.filter((c) => c !== id) : [...s.hiddenColumns, id] })),
  setColumnWidth: (id, px) =>
    set((s) => {
      const next = { ...s.columnWidths };
      if (px === null) delete next[id];
      else next[id] = clampWidth(px);
      return { columnWidths: next };
    }),
}));

useExplorerStore.subscribe((s) => {
  const prefs: ExplorerPrefs = { filters: s.filters, groupBy: s.groupBy, sort: s.sort, hiddenColumns: s.hiddenColumns, columnWidths: s.columnWidths };
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(prefs));
  } catch {
    // Storage full or disabled: the choices still hold for this session.
  }
});

/** Whether any filter narrows the view (the date range does not count: there is always one). */
export function hasActiveFilters(f: ExplorerFilters): boolean {
  return f.instanceIds.length > 0 || f.projectKeys.length > 0 || f.epicKeys.length > 0 || f.authorAccountIds.length > 0 || f.text.trim() !== '' || f.teamOnly;
}

/** The chosen range, or null while a custom range is incomplete or backwards. */
export function rangeOf(f: ExplorerFilters, today: Date = new Date()): { from: string; to: string } | null {
  if (f.preset !== 'custom') return explorerPresetRange(f.preset, today);
  if (!isIsoDate(f.customFrom) || !isIsoDate(f.customTo) || f.customFrom > f.customTo) return null;
  return { from: f.customFrom, to: f.customTo };
}

/** The filters as main takes them; empty lists are left out (they mean "no filter"). */
export function toExplorerFilter(f: ExplorerFilters, range: { from: string; to: string }, text: string): ExplorerFilter {
  const t = text.trim();
  return {
    from: range.from,
    to: range.to,
    ...(f.instanceIds.length ? { instanceIds: f.instanceIds } : {}),
    ...(f.projectKeys.length ? { projectKeys: f.projectKeys } : {}),
    ...(f.epicKeys.length ? { epicKeys: f.epicKeys } : {}),
    ...(f.authorAccountIds.length ? { authorAccountIds: f.authorAccountIds } : {}),
    ...(t ? { text: t } : {}),
    ...(f.teamOnly ? { teamOnly: true } : {}),
  };
}
