import type { ExplorerFilter, ExplorerGroup, GroupBy, RowSort, SortDir } from '../../../shared/domain/explorer.js';
import { shiftDate } from '../../../shared/domain/dates.js';
import type { WorklogView } from '../../../shared/domain/worklog.js';
import { listRows } from '../explorer/explorer-port.js';
import type { Db } from '../store/open-database.js';

/** The explorer's own page limit: rows are read as the table reads them. */
export const PAGE_SIZE = 1000;
/**
 * Grouped, rows come in the view's sort but are written group by group. Up to this many rows of
 * later groups wait in memory while one pass over the view streams the current group; bigger
 * views take more passes, so memory stays bounded whatever the size of the view.
 */
export const BUFFER_ROWS = 50_000;

export interface ExportLine {
  row: WorklogView;
  group: ExplorerGroup | null;
}

export interface RowsOptions {
  sort: { by: RowSort; dir: SortDir };
  pageSize?: number;
  bufferRows?: number;
}

function* pagesOf(db: Db, filter: ExplorerFilter, options: RowsOptions): Generator<WorklogView[]> {
  const limit = options.pageSize ?? PAGE_SIZE;
  for (let offset = 0; ; offset += limit) {
    const page = listRows(db, filter, { offset, limit, sort: options.sort });
    if (page.length > 0) yield page;
    if (page.length < limit) return;
  }
}

/**
 * Every row of the view, a page at a time, in the table's order. Sorted by date, the days are
 * read one after another (in the sort's direction): the date is the sort's first key, so that is
 * the same order, and each page then sorts one day instead of the whole range again — offset
 * paging re-sorts everything before the page, which grows with the square of a long range.
 */
export function* viewPages(db: Db, filter: ExplorerFilter, options: RowsOptions): Generator<WorklogView[]> {
  if (options.sort.by !== 'date' || filter.from === filter.to) {
    yield* pagesOf(db, filter, options);
    return;
  }
  const days = [];
  for (let d = filter.from; d <= filter.to; d = shiftDate(d, 1)) days.push(d);
  if (options.sort.dir === 'desc') days.reverse();
  for (const day of days) yield* pagesOf(db, { ...filter, from: day, to: day }, options);
}

const id = (instanceId: string | null, key: string | null): string => JSON.stringify([instanceId, key]);
const groupId = (g: ExplorerGroup): string => id(g.instanceId, g.key);

/**
 * Which group a row belongs to, by the same columns explorer-query groups on: issues by their key
 * (or "#<id>" for an issue Jira never named) within their instance, like the page's issue groups.
 */
export function groupOfRow(groupBy: GroupBy): (row: WorklogView) => string {
  switch (groupBy) {
    case 'person':
      return (r) => id(null, r.authorAccountId);
    case 'epic':
      return (r) => (r.epicKey === null ? id(null, null) : id(r.instanceId, r.epicKey));
    case 'project':
      return (r) => (r.projectKey === null ? id(null, null) : id(r.instanceId, r.projectKey));
    case 'day':
      return (r) => id(null, r.date);
    case 'issue':
      return (r) => id(r.instanceId, r.issueKey ?? `#${r.issueId}`);
  }
}

/**
 * The view's filter narrowed to one group, when the filters can say exactly that group (as the
 * page does when a group is expanded); null for "No project", which they can't.
 */
export function groupFilter(filter: ExplorerFilter, groupBy: GroupBy, g: ExplorerGroup): ExplorerFilter | null {
  switch (groupBy) {
    case 'person':
      return g.key === null ? null : { ...filter, authorAccountIds: [g.key] };
    case 'epic':
      return g.key === null ? { ...filter, epicKeys: [null] } : g.instanceId ? { ...filter, instanceIds: [g.instanceId], epicKeys: [g.key] } : null;
    case 'project':
      return g.key !== null && g.instanceId ? { ...filter, instanceIds: [g.instanceId], projectKeys: [g.key] } : null;
    case 'day':
      return g.key === null ? null : { ...filter, from: g.key, to: g.key };
    case 'issue':
      return g.key !== null && g.instanceId ? { ...filter, instanceIds: [g.instanceId], issueKeys: [g.key] } : null;
  }
}

/**
 * The rows of a grouped view, group after group in the page's group order, each group's rows in
 * the view's sort — what the page shows with every group expanded. A group the filters can name
 * is read on its own (a small sort per group, nothing held). The others ("No project")
 * are taken in batches: one pass over the view per batch, writing the batch's first group as its
 * rows come and keeping the rest of the batch (at most `bufferRows` rows) until the pass ends.
 */
export function* groupedPages(db: Db, filter: ExplorerFilter, groupBy: GroupBy, groups: readonly ExplorerGroup[], options: RowsOptions): Generator<ExportLine[]> {
  const limit = options.pageSize ?? PAGE_SIZE;
  const budget = options.bufferRows ?? BUFFER_ROWS;
  let groupOf: ((row: WorklogView) => string) | null = null;
  for (let first = 0; first < groups.length; ) {
    const own = groupFilter(filter, groupBy, groups[first] as ExplorerGroup);
    if (own) {
      const group = groups[first] as ExplorerGroup;
      for (const page of viewPages(db, own, options)) yield page.map((row) => ({ row, group }));
      first++;
      continue;
    }
    groupOf ??= groupOfRow(groupBy);
    let end = first + 1;
    for (let buffered = 0; end < groups.length && !groupFilter(filter, groupBy, groups[end] as ExplorerGroup) && buffered + (groups[end] as ExplorerGroup).count <= budget; end++) {
      buffered += (groups[end] as ExplorerGroup).count;
    }
    const batch = groups.slice(first, end);
    const index = new Map(batch.map((g, i) => [groupId(g), i]));
    const held: WorklogView[][] = batch.map(() => []);
    const wanted = batch.reduce((n, g) => n + g.count, 0);
    let seen = 0;
    for (const page of viewPages(db, filter, options)) {
      const now: ExportLine[] = [];
      for (const row of page) {
        const i = index.get(groupOf(row));
        if (i === undefined) continue;
        seen++;
        if (i === 0) now.push({ row, group: batch[0] as ExplorerGroup });
        else (held[i] as WorklogView[]).push(row);
      }
      if (now.length > 0) yield now;
      // Every row of the batch is in hand: the rest of the view can't hold more of them.
      if (seen >= wanted) break;
    }
    for (let i = 1; i < batch.length; i++) {
      const rows = held[i] as WorklogView[];
      const group = batch[i] as ExplorerGroup;
      for (let at = 0; at < rows.length; at += limit) yield rows.slice(at, at + limit).map((row) => ({ row, group }));
      held[i] = [];
    }
    first = end;
  }
}
