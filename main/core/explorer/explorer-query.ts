import type { ExplorerFilter, ExplorerGroup, ExplorerQuery, ExplorerResult, ExplorerTotals, GroupBy } from '../../../shared/domain/explorer.js';
import type { Db } from '../store/open-database.js';
import { buildWhere } from './explorer-filter.js';

/**
 * How each grouping reads: `cols` are what rows are grouped on (all in worklogs_explorer), `key`
 * and `label` are read from one representative row `r` of the group. Project, epic and issue keys
 * are unique within a Jira site only, so those groups are per instance — except the "no epic" /
 * "no project" groups, which are one each (instance part NULL), so the UI shows a single such row.
 */
const GROUPINGS: Record<GroupBy, { cols: [instance: string, key: string]; key: string; label: string }> = {
  person: { cols: ['NULL', 'w.author_account_id'], key: 'r.author_account_id', label: 'coalesce(r.author_name, tm.display_name, r.author_account_id)' },
  epic: { cols: ['CASE WHEN w.epic_key IS NULL THEN NULL ELSE w.instance_id END', 'w.epic_key'], key: 'r.epic_key', label: "coalesce(r.epic_summary, r.epic_key, 'No epic')" },
  project: {
    cols: ['CASE WHEN w.project_key IS NULL THEN NULL ELSE w.instance_id END', 'w.project_key'],
    key: 'r.project_key',
    label: "coalesce(r.project_name, r.project_key, 'No project')",
  },
  issue: { cols: ['w.instance_id', 'w.issue_id'], key: "coalesce(r.issue_key, '#' || r.issue_id)", label: "coalesce(r.issue_summary, r.issue_key, '#' || r.issue_id)" },
  day: { cols: ['NULL', 'w.local_date'], key: 'r.local_date', label: 'r.local_date' },
};

interface GroupRow {
  key: string | null;
  label: string;
  seconds: number;
  count: number;
  people: number;
  instance_id: string | null;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Default order: days in calendar order, everything else biggest first. */
export function sortGroups(groups: ExplorerGroup[], sort: ExplorerQuery['sort'], groupBy: GroupBy): ExplorerGroup[] {
  const { by, dir } = sort ?? (groupBy === 'day' ? { by: 'label', dir: 'asc' } : { by: 'seconds', dir: 'desc' });
  const sign = dir === 'asc' ? 1 : -1;
  const byLabel = (a: ExplorerGroup, b: ExplorerGroup): number => collator.compare(a.label, b.label) || collator.compare(a.key ?? '', b.key ?? '');
  return groups.sort((a, b) => {
    const primary = by === 'label' ? byLabel(a, b) : by === 'count' ? a.count - b.count : a.seconds - b.seconds;
    // Ties are always broken by label ascending, so equal totals keep a stable, readable order.
    return primary !== 0 ? sign * primary : byLabel(a, b);
  });
}

/**
 * Groups of a filtered view. Two statements: the groups (one scan of worklogs_explorer, then one
 * rowid lookup per group for its key and label) and the totals (a second scan; distinct people
 * cannot be summed from the groups).
 */
export function explorerGroups(db: Db, q: ExplorerQuery): ExplorerGroup[] {
  const g = GROUPINGS[q.groupBy];
  const where = buildWhere(db, q);
  const rows = db
    .prepare(
      `WITH g AS (
         SELECT ${g.cols[0]} AS gi, ${g.cols[1]} AS gk, sum(w.seconds) AS seconds, count(*) AS count,
                count(DISTINCT w.author_account_id) AS people, max(w.rowid) AS rep
           FROM worklogs w
          WHERE ${where.sql}
          GROUP BY 1, 2
       )
       SELECT ${g.key} AS key, ${g.label} AS label, g.seconds, g.count, g.people, g.gi AS instance_id
         FROM g JOIN worklogs r ON r.rowid = g.rep
         ${q.groupBy === 'person' ? 'LEFT JOIN team_members tm ON tm.account_id = r.author_account_id' : ''}`,
    )
    .all(...where.args) as GroupRow[];
  const groups = rows.map((r) => ({ key: r.key, label: r.label, seconds: r.seconds, count: r.count, people: r.people, instanceId: r.instance_id }));
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
