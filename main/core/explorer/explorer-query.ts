import type { ExplorerFilter, ExplorerGroup, ExplorerQuery, ExplorerResult, ExplorerTotals, GroupBy } from '../../../shared/domain/explorer.js';
import type { Db } from '../store/open-database.js';
import { buildWhere } from './explorer-filter.js';

/**
 * How each grouping reads. `cols` are what rows are grouped on (gi, gk; gk is the group's key);
 * `label` reads the group `g`: gk and the bare columns `bare`, which SQLite takes from the row
 * that gives the group's max(rowid), the one min/max aggregate of the query (see "bare columns in
 * an aggregate query" in SQLite's SELECT docs). All of those are in worklogs_explorer (migration
 * 006), so person, issue and day groups never read the table. Epic and project names are not in
 * the index: they are read from that same row `r` by rowid, once per group (hundreds at most).
 * Project, epic and issue keys are unique within a Jira site only, so those groups are per
 * instance — except the "no epic" / "no project" groups, which are one each (instance part NULL),
 * so the UI shows a single such row. Issues are grouped by their key (or "#<id>" when Jira did not
 * name them): the same expression the issueKeys filter matches, so a group expands to exactly its rows.
 */
const GROUPINGS: Record<GroupBy, { cols: [instance: string, key: string]; bare: string[]; label: string; readsRow: boolean }> = {
  person: { cols: ['NULL', 'w.author_account_id'], bare: ['w.author_name'], label: 'coalesce(g.author_name, tm.display_name, g.gk)', readsRow: false },
  epic: { cols: ['CASE WHEN w.epic_key IS NULL THEN NULL ELSE w.instance_id END', 'w.epic_key'], bare: [], label: "coalesce(r.epic_summary, g.gk, 'No epic')", readsRow: true },
  project: {
    cols: ['CASE WHEN w.project_key IS NULL THEN NULL ELSE w.instance_id END', 'w.project_key'],
    bare: [],
    label: "coalesce(r.project_name, g.gk, 'No project')",
    readsRow: true,
  },
  issue: { cols: ['w.instance_id', "coalesce(w.issue_key, '#' || w.issue_id)"], bare: ['w.issue_summary'], label: 'coalesce(g.issue_summary, g.gk)', readsRow: false },
  day: { cols: ['NULL', 'w.local_date'], bare: [], label: 'g.gk', readsRow: false },
};

/** A group as the statement returns it, in raw (array) mode: a month grouped by issue is ~20,000 rows. */
type GroupRow = [key: string | null, label: string, seconds: number, count: number, people: number, instanceId: string | null];

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * SQLite's NOCASE order in JS: ASCII letters folded, then character codes. Ties of hours or counts
 * are broken in this order, which SQLite can produce itself (explorerGroups): the collator would
 * cost a full sort of 20,000 issue labels per query, and ties need a stable order more than a fine one.
 */
function nocase(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return x - y;
  }
  return a.length - b.length;
}

/** Default order: days in calendar order, everything else biggest first. */
const groupOrder = (sort: ExplorerQuery['sort'], groupBy: GroupBy): NonNullable<ExplorerQuery['sort']> =>
  sort ?? (groupBy === 'day' ? { by: 'label', dir: 'asc' } : { by: 'seconds', dir: 'desc' });

/**
 * Sorted by label: the collator's order (accents and case ignored, numbers by value: "Issue 9"
 * before "Issue 10"). By hours or count: ties by label in NOCASE order (see nocase), then key and
 * instance, so the order never depends on how SQLite happened to return the groups.
 */
export function sortGroups(groups: ExplorerGroup[], sort: ExplorerQuery['sort'], groupBy: GroupBy): ExplorerGroup[] {
  const { by, dir } = groupOrder(sort, groupBy);
  const sign = dir === 'asc' ? 1 : -1;
  const last = (a: ExplorerGroup, b: ExplorerGroup): number => nocase(a.instanceId ?? '', b.instanceId ?? '');
  if (by === 'label') {
    return groups.sort((a, b) => sign * (collator.compare(a.label, b.label) || collator.compare(a.key ?? '', b.key ?? '')) || last(a, b));
  }
  return groups.sort((a, b) => sign * (by === 'count' ? a.count - b.count : a.seconds - b.seconds) || nocase(a.label, b.label) || nocase(a.key ?? '', b.key ?? '') || last(a, b));
}

/**
 * Groups of a filtered view. Two statements: the groups (one scan of worklogs_explorer, plus one
 * rowid lookup per epic or project group for its name) and the totals (a second scan; distinct
 * people cannot be summed from the groups).
 */
export function explorerGroups(db: Db, q: ExplorerQuery): ExplorerGroup[] {
  const g = GROUPINGS[q.groupBy];
  const where = buildWhere(db, q);
  const bare = g.bare.map((c) => `, ${c} AS ${c.slice(2)}`).join('');
  // SQLite returns the groups in sortGroups' order by hours or count (ties in NOCASE order, as
  // there), and near its collator order by label; V8's sort is adaptive, so sortGroups then costs
  // about one comparison per group instead of n·log n (20,000 issue groups; see bench:db).
  const { by, dir } = groupOrder(q.sort, q.groupBy);
  const d = dir === 'asc' ? 'ASC' : 'DESC';
  const near =
    by === 'label'
      ? `label COLLATE NOCASE ${d}, key COLLATE NOCASE ${d}`
      : `${by === 'count' ? 'g.count' : 'g.seconds'} ${d}, label COLLATE NOCASE, key COLLATE NOCASE, instance_id COLLATE NOCASE`;
  const rows = db
    .prepare(
      `WITH g AS (
         SELECT ${g.cols[0]} AS gi, ${g.cols[1]} AS gk, sum(w.seconds) AS seconds, count(*) AS count,
                count(DISTINCT w.author_account_id) AS people, max(w.rowid) AS rep${bare}
           FROM worklogs w
          WHERE ${where.sql}
          GROUP BY 2, 1 -- key first: the sorter then rarely compares the (36-character) instance ids
       )
       SELECT g.gk AS key, ${g.label} AS label, g.seconds, g.count, g.people, g.gi AS instance_id
         FROM g
         ${g.readsRow ? 'JOIN worklogs r ON r.rowid = g.rep' : ''}
         ${q.groupBy === 'person' ? 'LEFT JOIN team_members tm ON tm.account_id = g.gk' : ''}
        ORDER BY ${near}`,
    )
    .raw()
    .all(...where.args) as GroupRow[];
  const groups = rows.map(([key, label, seconds, count, people, instanceId]) => ({ key, label, seconds, count, people, instanceId }));
  return sortGroups(groups, q.sort, q.groupBy);
}

export function explorerTotals(db: Db, f: ExplorerFilter): ExplorerTotals {
  const where = buildWhere(db, f);
  const row = db
    .prepare(`SELECT coalesce(sum(w.seconds), 0) AS seconds, count(*) AS count, count(DISTINCT w.author_account_id) AS people FROM worklogs w WHERE ${where.sql}`)
    .get(...where.args) as ExplorerTotals;
  return { seconds: row.seconds, count: row.count, people: row.people };
}

/** Groups and totals of one query, read in one transaction so both describe the same data even while a sync writes. */
export function runExplorerQuery(db: Db, q: ExplorerQuery): ExplorerResult {
  return db.transaction(() => {
    const groups = explorerGroups(db, q);
    // Grouped by person, the totals are the groups' sums (one scan fewer).
    const totals =
      q.groupBy === 'person'
        ? { seconds: groups.reduce((s, x) => s + x.seconds, 0), count: groups.reduce((s, x) => s + x.count, 0), people: groups.length }
        : explorerTotals(db, q);
    return { groups, totals };
  })();
}
