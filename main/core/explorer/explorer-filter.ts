import type { ExplorerFilter } from '../../../shared/domain/explorer.js';
import { searchNeedle } from '../../../shared/domain/explorer.js';
import type { Db } from '../store/open-database.js';
import { SEARCH_TEXT_FUNCTION, registerSqlFunctions } from '../store/sql-functions.js';

/** A WHERE clause over `worklogs w` and its bound parameters, in order. Values never enter the SQL text. */
export interface SqlWhere {
  sql: string;
  args: Array<string | number>;
  /**
   * Whether deciding the clause reads each worklog's table row. Since migration 006 no filter does
   * (all are answered from worklogs_explorer and worklogs_search); kept for callers that check.
   */
  readsTable: boolean;
}

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** The explorer's filters as SQL. Empty lists mean "no filter", as in the UI's cleared dropdowns. */
export function buildWhere(db: Db, f: ExplorerFilter): SqlWhere {
  const where = ['w.local_date BETWEEN ? AND ?'];
  const args: Array<string | number> = [f.from, f.to];
  // The unary + keeps SQLite from answering an IN list through the narrow (author|project|epic|
  // instance, local_date) indexes of migration 002: those need one table lookup per worklog
  // (~70 ms for a month of a 50-person team on 1M rows), while scanning the month in the covering
  // worklogs_explorer index and filtering there reads no table row at all (see bench:db).
  const inList = (column: string, values: readonly string[] | undefined): void => {
    if (!values?.length) return;
    where.push(`+${column} IN (${marks(values.length)})`);
    args.push(...values);
  };
  inList('w.instance_id', f.instanceIds);
  inList('w.project_key', f.projectKeys);
  inList('w.author_account_id', f.authorAccountIds);
  if (f.epicKeys?.length) {
    const keys = f.epicKeys.filter((k): k is string => k !== null);
    const parts = keys.length ? [`+w.epic_key IN (${marks(keys.length)})`] : [];
    if (f.epicKeys.includes(null)) parts.push('w.epic_key IS NULL');
    where.push(`(${parts.join(' OR ')})`);
    args.push(...keys);
  }
  // The issue group's own key expression (explorer-query.ts), so a group's key selects exactly its
  // worklogs: "CORE-1" never matches CORE-12, "#10042" is issue 10042 when Jira did not name it.
  // Both columns are in worklogs_explorer (migration 006).
  inList("coalesce(w.issue_key, '#' || w.issue_id)", f.issueKeys);
  if (f.teamOnly) where.push('+w.author_account_id IN (SELECT account_id FROM team_members)');
  const needle = searchNeedle(f.text);
  if (needle !== '') {
    // The rowids whose stored search text (migration 006) contains the needle, from the range's
    // slice of worklogs_search: no table row is read to decide a match, and SQLite reads the
    // matches in rowid order. instr, not LIKE: the needle needs no escaping of % and _.
    // A row stored without a search text (written outside the app) is folded on the fly instead,
    // so it is still found; the table is read for those rows only.
    registerSqlFunctions(db);
    where.push(
      `w.rowid IN (SELECT s.rowid FROM worklogs s WHERE s.local_date BETWEEN ? AND ? AND (instr(s.search, ?) > 0
         OR (s.search IS NULL AND instr(${SEARCH_TEXT_FUNCTION}(s.issue_key, s.issue_summary, s.comment), ?) > 0)))`,
    );
    args.push(f.from, f.to, needle, needle);
  }
  return { sql: where.join(' AND '), args, readsTable: false };
}
