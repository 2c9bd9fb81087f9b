import type { ExplorerFacets, Facet } from '../../../shared/domain/explorer.js';
import type { Db } from '../store/open-database.js';
import { buildWhere } from './explorer-filter.js';

/**
 * The choices of the filter dropdowns: what occurs in the range (and instances, when some are
 * chosen), with worklog counts. Other filters are ignored on purpose, so choosing a project never
 * hides the other projects from its own dropdown. Authors: team members first, then by name.
 */
export function explorerFacets(db: Db, f: { from: string; to: string; instanceIds?: string[] }): ExplorerFacets {
  const all = buildWhere(db, { from: f.from, to: f.to });
  const scoped = buildWhere(db, { from: f.from, to: f.to, ...(f.instanceIds?.length ? { instanceIds: f.instanceIds } : {}) });
  return db.transaction(() => {
    // Counted first, named after: one instances lookup per instance, not per worklog.
    const instances = db
      .prepare(
        `WITH g AS (SELECT w.instance_id AS key, count(*) AS count FROM worklogs w WHERE ${all.sql} GROUP BY 1)
         SELECT g.key, i.name AS label, g.count FROM g JOIN instances i ON i.id = g.key ORDER BY i.name COLLATE NOCASE`,
      )
      .all(...all.args) as Facet[];
    // Grouped on index columns only; the label comes from one row per group, by rowid.
    const keyed = (col: string, label: string, fallback: string): Facet[] =>
      db
        .prepare(
          `WITH g AS (SELECT CASE WHEN w.${col} IS NULL THEN NULL ELSE w.instance_id END AS gi, w.${col} AS key, count(*) AS count, max(w.rowid) AS rep
                        FROM worklogs w WHERE ${scoped.sql} GROUP BY 2, 1)
           SELECT g.key, coalesce(r.${label}, g.key, '${fallback}') AS label, g.count, g.gi AS instanceId
             FROM g JOIN worklogs r ON r.rowid = g.rep
            ORDER BY g.key IS NOT NULL, g.key`,
        )
        .all(...scoped.args) as Facet[];
    // author_name is in worklogs_explorer: a bare column, taken from the row of max(rowid) as in
    // the person groups (explorer-query.ts), so no table row is read.
    const authors = (
      db
        .prepare(
          `WITH g AS (SELECT w.author_account_id AS key, count(*) AS count, max(w.rowid) AS rep, w.author_name AS name FROM worklogs w WHERE ${scoped.sql} GROUP BY 1)
           SELECT g.key, coalesce(g.name, tm.display_name, g.key) AS label, g.count, tm.account_id IS NOT NULL AS team
             FROM g LEFT JOIN team_members tm ON tm.account_id = g.key
            ORDER BY team DESC, label COLLATE NOCASE`,
        )
        .all(...scoped.args) as Array<Omit<Facet, 'team'> & { team: 0 | 1 }>
    ).map((a) => ({ ...a, team: a.team === 1 }));
    return { instances, projects: keyed('project_key', 'project_name', 'No project'), epics: keyed('epic_key', 'epic_summary', 'No epic'), authors };
  })();
}
