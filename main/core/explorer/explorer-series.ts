import type { ChartSeries, ExplorerSeries, ExplorerSeriesQuery, SeriesBucket, SeriesBy } from '../../../shared/domain/series.js';
import { seriesBuckets } from '../../../shared/domain/series.js';
import type { Db } from '../store/open-database.js';
import { buildWhere } from './explorer-filter.js';
import { trimEmptyLead } from './trim-empty-lead.js';

/**
 * The same series identity and labels as the explorer's groups (explorer-query.ts GROUPINGS), so a
 * chart's bar and the Worklogs group it opens agree: epic and project keys are per instance, except
 * the single "No epic" / "No project" series (instance part NULL). Labels come from one
 * representative row per series, the newest (max rowid), as the groups do.
 */
const SERIES: Record<SeriesBy, { cols: [instance: string, key: string]; label: string }> = {
  person: { cols: ['NULL', 'w.author_account_id'], label: 'coalesce(r.author_name, tm.display_name, r.author_account_id)' },
  epic: { cols: ['CASE WHEN w.epic_key IS NULL THEN NULL ELSE w.instance_id END', 'w.epic_key'], label: "coalesce(r.epic_summary, r.epic_key, 'No epic')" },
  project: { cols: ['CASE WHEN w.project_key IS NULL THEN NULL ELSE w.instance_id END', 'w.project_key'], label: "coalesce(r.project_name, r.project_key, 'No project')" },
};

interface CellRow {
  gi: string | null;
  gk: string | null;
  day: string | null;
  seconds: number;
  rep: number;
}

interface Accumulated {
  key: string | null;
  instanceId: string | null;
  seconds: number[];
  total: number;
  rep: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Index of the bucket holding `day` (buckets are contiguous and sorted; `day` is inside the range). */
function bucketIndex(buckets: readonly SeriesBucket[], day: string): number {
  let lo = 0;
  let hi = buckets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((buckets[mid] as SeriesBucket).start <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Hours of the filtered worklogs per series per time bucket: the top `top` series by total, and
 * everything else summed as Other, so each bucket's bars add up to that bucket's filtered total.
 * One scan of the covering worklogs_explorer index grouped by (series, day) — a month of a
 * 50-person team is at most 50 × 31 rows — then days fold into buckets here; a second statement
 * reads the labels of the series shown, in the same transaction so both see the same data.
 */
export function explorerSeries(db: Db, q: ExplorerSeriesQuery): ExplorerSeries {
  const g = SERIES[q.by];
  const perPerson = q.by === 'person';
  const buckets: SeriesBucket[] = perPerson ? [{ start: q.from, end: q.to, label: `${q.from}..${q.to}` }] : seriesBuckets(q.from, q.to, q.bucket);
  const where = buildWhere(db, q);

  return db.transaction((): ExplorerSeries => {
    const rows = db
      .prepare(
        `SELECT ${g.cols[0]} AS gi, ${g.cols[1]} AS gk, ${perPerson ? 'NULL' : 'w.local_date'} AS day, sum(w.seconds) AS seconds, max(w.rowid) AS rep
           FROM worklogs w
          WHERE ${where.sql}
          GROUP BY 1, 2, 3`,
      )
      .all(...where.args) as CellRow[];

    const byId = new Map<string, Accumulated>();
    for (const r of rows) {
      const id = JSON.stringify([r.gi, r.gk]);
      let acc = byId.get(id);
      if (!acc) {
        acc = { key: r.gk, instanceId: r.gi, seconds: new Array<number>(buckets.length).fill(0), total: 0, rep: r.rep };
        byId.set(id, acc);
      }
      const i = r.day === null ? 0 : bucketIndex(buckets, r.day);
      acc.seconds[i] = (acc.seconds[i] ?? 0) + r.seconds;
      acc.total += r.seconds;
      if (r.rep > acc.rep) acc.rep = r.rep;
    }

    // Labels for every series (not only the top ones): ties on the total are broken by label.
    const reps = [...byId.values()].map((a) => a.rep);
    const labels = new Map<number, string>();
    // In chunks: SQLite binds at most 32,766 parameters per statement.
    for (let i = 0; i < reps.length; i += 5000) {
      const chunk = reps.slice(i, i + 5000);
      const found = db
        .prepare(
          `SELECT r.rowid AS rep, ${g.label} AS label
             FROM worklogs r ${perPerson ? 'LEFT JOIN team_members tm ON tm.account_id = r.author_account_id' : ''}
            WHERE r.rowid IN (${chunk.map(() => '?').join(', ')})`,
        )
        .all(...chunk) as Array<{ rep: number; label: string }>;
      for (const f of found) labels.set(f.rep, f.label);
    }

    const all: ChartSeries[] = [...byId.values()].map((a) => ({ key: a.key, label: labels.get(a.rep) ?? a.key ?? '', instanceId: a.instanceId, seconds: a.seconds, total: a.total }));
    all.sort((a, b) => b.total - a.total || collator.compare(a.label, b.label) || collator.compare(a.key ?? '', b.key ?? '') || collator.compare(a.instanceId ?? '', b.instanceId ?? ''));

    const series = all.slice(0, q.top);
    const rest = all.slice(q.top);
    const sumAt = (list: readonly ChartSeries[], i: number): number => list.reduce((s, x) => s + (x.seconds[i] ?? 0), 0);
    const other = rest.length ? { seconds: buckets.map((_, i) => sumAt(rest, i)), total: rest.reduce((s, x) => s + x.total, 0), series: rest.length } : null;
    const bucketTotals = buckets.map((_, i) => sumAt(all, i));
    return trimEmptyLead({
      by: q.by,
      bucket: perPerson ? 'range' : q.bucket,
      buckets,
      series,
      other,
      bucketTotals,
      total: all.reduce((s, x) => s + x.total, 0),
    });
  })();
}
