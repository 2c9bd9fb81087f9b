import type { ExplorerFilter } from '../../../shared/domain/explorer.js';
import { foldText } from '../../../shared/domain/explorer.js';
import type { Db } from '../store/open-database.js';

/** A WHERE clause over `worklogs w` and its bound parameters, in order. Values never enter the SQL text. */
export interface SqlWhere {
  sql: string;
  args: Array<string | number>;
  /** Whether the clause reads columns outside worklogs_explorer (then the table rows are read). */
  readsTable: boolean;
}

const FOLD_FUNCTION = 'wd_fold';
const registered = new WeakSet<Db>();

/**
 * SQLite's lower() and LIKE fold ASCII only, so "zoe" would not find "Zoë". The text filter calls
 * this JS fold (the same foldText the UI may use to highlight) on both sides. Registered once per
 * connection; deterministic so SQLite may factor it.
 */
export function ensureFoldFunction(db: Db): void {
  if (registered.has(db)) return;
  // ASCII text (most keys, summaries and comments) needs no Unicode normalization: lower-casing
  // alone halves the function's cost on a month of worklogs.
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\u0000-\u007f]*$/;
  db.function(FOLD_FUNCTION, { deterministic: true }, (s: unknown) => (typeof s !== 'string' ? null : ascii.test(s) ? s.toLowerCase() : foldText(s)));
  registered.add(db);
}

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** The explorer's filters as SQL. Empty lists mean "no filter", as in the UI's cleared dropdowns. */
export function buildWhere(db: Db, f: ExplorerFilter): SqlWhere {
  const where = ['w.local_date BETWEEN ? AND ?'];
  const args: Array<string | number> = [f.from, f.to];
  let readsTable = false;
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
  if (f.teamOnly) where.push('+w.author_account_id IN (SELECT account_id FROM team_members)');
  // Control characters are dropped: U+0001 separates the searched columns below.
  // eslint-disable-next-line no-control-regex
  const needle = f.text === undefined ? '' : foldText(f.text.replace(/[\u0000-\u001f]/g, '').trim());
  if (needle !== '') {
    ensureFoldFunction(db);
    readsTable = true;
    // instr, not LIKE: the needle needs no escaping of % and _. One fold call per row, over the
    // three searchable columns joined by a separator no needle can span (U+0001).
    where.push(`instr(${FOLD_FUNCTION}(coalesce(w.issue_key, '') || char(1) || coalesce(w.issue_summary, '') || char(1) || coalesce(w.comment, '')), ?) > 0`);
    args.push(needle);
  }
  return { sql: where.join(' AND '), args, readsTable };
}
