import type { ExplorerFilter, RowSort, SortDir } from '../../../shared/domain/explorer.js';
import type { WorklogView } from '../../../shared/domain/worklog.js';
import type { Db } from '../store/open-database.js';
import { buildWhere } from './explorer-filter.js';

/**
 * Sort columns. The ones in worklogs_explorer (date, seconds, author id, project, epic) sort
 * without reading the table (so a day's worklogs come by author, not by start time: `started` is
 * not in the index); the page's rows are looked up afterwards by rowid. `w.rowid` breaks
 * ties so paging never repeats or skips a row.
 */
const ORDER: Record<RowSort, string> = {
  date: 'w.local_date {dir}, w.author_account_id {dir}',
  seconds: 'w.seconds {dir}, w.local_date',
  author: 'w.author_name COLLATE NOCASE {dir}, w.local_date',
  issue: 'w.issue_key COLLATE NOCASE {dir}, w.local_date',
  project: 'w.project_key {dir}, w.local_date',
  epic: 'w.epic_key {dir}, w.local_date',
};

interface Row {
  instance_name: string;
  instance_id: string;
  source: 'jira' | 'tempo';
  source_id: string;
  issue_id: string;
  issue_key: string | null;
  issue_summary: string | null;
  issue_type: string | null;
  project_key: string | null;
  project_name: string | null;
  author_account_id: string;
  author_name: string | null;
  local_date: string;
  started: string;
  seconds: number;
  comment: string | null;
  parent_key: string | null;
  parent_summary: string | null;
  epic_key: string | null;
  epic_summary: string | null;
}

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
  const rows = db
    .prepare(
      `WITH page AS (SELECT w.rowid AS id, row_number() OVER (ORDER BY ${order}) AS n FROM worklogs w WHERE ${where.sql} ORDER BY n LIMIT ? OFFSET ?)
       SELECT i.name AS instance_name, w.instance_id, w.source, w.source_id, w.issue_id, w.issue_key, w.issue_summary, w.issue_type,
              w.project_key, w.project_name, w.author_account_id, w.author_name, w.local_date, w.started, w.seconds, w.comment,
              w.parent_key, w.parent_summary, w.epic_key, w.epic_summary
         FROM page JOIN worklogs w ON w.rowid = page.id JOIN instances i ON i.id = w.instance_id
        ORDER BY page.n`,
    )
    .all(...where.args, limit, offset) as Row[];
  return rows.map((r) => ({
    instance: r.instance_name,
    instanceId: r.instance_id,
    source: r.source,
    sourceId: r.source_id,
    issueId: r.issue_id,
    issueKey: r.issue_key,
    issueSummary: r.issue_summary,
    issueType: r.issue_type,
    projectKey: r.project_key,
    projectName: r.project_name,
    authorAccountId: r.author_account_id,
    authorName: r.author_name,
    date: r.local_date,
    started: r.started,
    seconds: r.seconds,
    comment: r.comment,
    parentKey: r.parent_key,
    parentName: r.parent_summary,
    epicKey: r.epic_key,
    epicName: r.epic_summary,
  }));
}

/** How many rows the filtered view has (the virtualized table's scroll height). */
export function countRows(db: Db, f: ExplorerFilter): number {
  const where = buildWhere(db, f);
  return (db.prepare(`SELECT count(*) AS n FROM worklogs w WHERE ${where.sql}`).get(...where.args) as { n: number }).n;
}
