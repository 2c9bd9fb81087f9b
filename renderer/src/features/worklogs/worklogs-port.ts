/**
 * What other pages may use of the Worklogs page (lint: a feature imports another only through its
 * port). Charts is a second view of the same explorer: it shares the filters' store, the data hook,
 * the filter bar and the range, totals and empty-state pieces.
 */
export type { ExplorerFilters } from './explorer-store';
export { canShowSeries, hasActiveFilters, useExplorerStore } from './explorer-store';
export { FilterBar, rangeWords } from './filter-bar';
export { NoDataState } from './no-data-state';
export { NoMatchState } from './no-match-state';
export { RangeHint } from './range-hint';
export { TotalsBar } from './totals-bar';
export type { ExplorerData, Loaded } from './use-explorer-data';
export { useDataVersion, useExplorerData, useLoad } from './use-explorer-data';
export { useSearchShortcut } from './use-search-shortcut';
