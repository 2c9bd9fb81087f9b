import { useEffect, useMemo, useState } from 'react';
import type { ExplorerFacets, ExplorerFilter, ExplorerResult, GroupBy } from '../../../../shared/domain/explorer';
import { errorMessage } from '../../api-error';
import type { ExplorerFilters, Grouping } from './explorer-store';
import { rangeOf, toExplorerFilter } from './explorer-store';
import { useTeamStore } from '../team/team-port';
import { onSyncFinished, queryWorklogs, readFacets } from './worklogs-api';

export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = window.setTimeout(() => setV(value), ms);
    return () => window.clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** Bumped when a sync finishes, so every view re-reads what is stored. */
export function useDataVersion(): number {
  const [version, setVersion] = useState(0);
  const team = useTeamStore((s) => s.version);
  useEffect(() => onSyncFinished(() => setVersion((v) => v + 1)), []);
  return version * 1000 + team;
}

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/** Runs `load` whenever `key` changes; only the newest answer is kept. */
export function useLoad<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null; key: string | null }>({ data: null, error: null, key: null });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    load().then(
      (data) => live && setState({ data, error: null, key }),
      (e: unknown) => live && setState((s) => ({ ...s, error: errorMessage(e), key })),
    );
    return () => {
      live = false;
    };
    // `load` is derived from `key`: the key is the dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  // Loading while the answer on show is for another key (the old data stays visible meanwhile).
  return { data: state.data, error: state.key === key ? state.error : null, loading: key !== null && state.key !== key };
}

export interface ExplorerData {
  range: { from: string; to: string } | null;
  filter: ExplorerFilter | null;
  facets: Loaded<ExplorerFacets>;
  result: Loaded<ExplorerResult>;
  version: number;
}

/**
 * The page's groups, totals and filter choices. Main answers requests one at a time, in arrival
 * order: the ungrouped table, a child of the page, asks for its first rows before these leave
 * (children's effects run first), and the groups and totals go before the dropdowns' choices.
 */
export function useExplorerData(filters: ExplorerFilters, groupBy: Grouping): ExplorerData {
  const text = useDebounced(filters.text, 250);
  const version = useDataVersion();
  const range = rangeOf(filters);
  const rangeKey = range ? `${range.from}..${range.to}` : null;
  const filter = useMemo(
    () => (range ? toExplorerFilter(filters, range, text) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rangeKey, filters.instanceIds, filters.projectKeys, filters.epicKeys, filters.authorAccountIds, filters.teamOnly, text],
  );
  // Grouped "none", the totals still come from one grouped query (by person: its totals are the cheapest).
  const queryGroup: GroupBy = groupBy === 'none' ? 'person' : groupBy;
  const facetsInput = range ? { from: range.from, to: range.to, ...(filters.instanceIds.length ? { instanceIds: filters.instanceIds } : {}) } : null;
  // Groups and totals before the dropdowns' choices (effects run, and requests leave, in this order).
  const result = useLoad(filter ? JSON.stringify([filter, queryGroup, version]) : null, () => queryWorklogs({ ...filter!, groupBy: queryGroup }));
  const facets = useLoad(facetsInput ? JSON.stringify([facetsInput, version]) : null, () => readFacets(facetsInput!));
  return { range, filter, facets, result, version };
}
