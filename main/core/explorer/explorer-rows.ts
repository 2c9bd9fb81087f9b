import type { ExplorerFilter, RowSort, SortDir } from '../../../shared/domain/explorer.js';
import type { WorklogView } from '../../../shared/domain/worklog.js';
import type { Db } from '../store/open-database.js';
import type { WorklogViewRow } from '../worklogs/worklogs-port.js';
import { WORKLOG_VIEW_COLUMNS, toWorklogView } from '../worklogs/worklogs-port.js';
import { buildWhere } from './explorer-filter.js';

/**
 * Sort columns, all in worklogs_explorer (migration 006): a page is chosen without reading the
 * table (so a day's worklogs come by author, not by start time: `started` is not in the index),
 * and only the page's rows are read afterwards by rowid. `w.rowid` breaks ties so paging never
 * repeats or skips a row.
 */
const ORDER: Record<RowSort, string> = {
  date: 'w.local_date {dir}, w.author_account_id {dir}',
  seconds: 'w.seconds {dir}, w.local_date',
  author: 'w.author_name COLLATE NOCASE {dir}, w.local_date',
  issue: 'w.issue_key COLLATE NOCASE {dir}, w.local_date',
  project: 'w.project_key {dir}, w.local_date',
  epic: 'w.epic_key {dir}, w.local_date',
};

export interface RowsPage {
  offset?: number;
  limit?: number;
  sort?: { by: RowSort; dir: SortDir };
}

/** One page of the filtered worklogs, for the virtualized table. Same shape as `listWorklogs`. */
export function listRows(db: Db, f: ExplorerFilter, page: RowsPage = {}): WorklogView[] {
  const where = buildWhere(db, f);
  const { by, dir } = page.sort ?? { by: 'date', dir: 'asc' };
  const order = `${ORDER[by].replaceAll('{dir}', dir === 'desc' ? 'DESC' : 'ASC')}, w.rowid ${dir === 'desc' ? 'DESC' : 'ASC'}`;
  const limit = Math.max(1, Math.min(page.limit ?? 200, 1000));
  const offset = Math.max(0, page.offset ?? 0);
  // A plain ORDER BY … LIMIT lets SQLite keep only the top rows while it scans (a window
  // function would sort the whole range first); the page is then put in the same order again.
  const rows = db
    .prepare(
      `WITH page AS (SELECT w.rowid AS id FROM worklogs w WHERE ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?)
       SELECT ${WORKLOG_VIEW_COLUMNS}
         FROM page JOIN worklogs w ON w.rowid = page.id JOIN instances i ON i.id = w.instance_id
        ORDER BY ${order}`,
    )
    .all(...where.args, limit, offset) as WorklogViewRow[];
  return rows.map(toWorklogView);
}

/** How many rows the filtered view has (the virtualized table's scroll height). */
export function countRows(db: Db, f: ExplorerFilter): number {
  const where = buildWhere(db, f);
  return (db.prepare(`SELECT count(*) AS n FROM worklogs w WHERE ${where.sql}`).get(...where.args) as { n: number }).n;
}
