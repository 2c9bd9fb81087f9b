import { searchText } from '../../../shared/domain/explorer.js';
import type { Db } from '../store/open-database.js';
import type { IssueColumns } from '../worklogs/worklogs-port.js';

/**
 * What the issue-details refresh reads and writes. The cache's `fetched_at` says as of when an
 * issue's cached details are known to match Jira: set when it is fetched, and moved forward when a
 * refresh found it unchanged — so the oldest `fetched_at` of a range is where its next refresh
 * looks back to.
 */
export function issueRefreshRepo(db: Db) {
  const rangeIssues = db.prepare<[string, string, string], { issue_id: string }>(
    'SELECT DISTINCT issue_id FROM worklogs WHERE instance_id = ? AND local_date BETWEEN ? AND ?',
  );
  const oldest = db.prepare<[string, string], { at: string | null }>(
    'SELECT min(fetched_at) AS at FROM jira_issues WHERE instance_id = ? AND issue_id IN (SELECT value FROM json_each(?))',
  );
  const mark = db.prepare('UPDATE jira_issues SET fetched_at = ? WHERE instance_id = ? AND issue_id IN (SELECT value FROM json_each(?)) AND fetched_at < ?');
  const stale = db.prepare<[string, string, ...Array<string | null>], { rowid: number; comment: string | null }>(`
    SELECT rowid, comment FROM worklogs WHERE instance_id = ? AND issue_id = ? AND NOT (
      issue_key IS ? AND issue_summary IS ? AND issue_type IS ? AND project_key IS ? AND project_name IS ?
      AND parent_key IS ? AND parent_summary IS ? AND epic_key IS ? AND epic_summary IS ?)`);
  const rewrite = db.prepare(`
    UPDATE worklogs SET issue_key = @issue_key, issue_summary = @issue_summary, issue_type = @issue_type,
      project_key = @project_key, project_name = @project_name, parent_key = @parent_key, parent_summary = @parent_summary,
      epic_key = @epic_key, epic_summary = @epic_summary, search = @search
    WHERE rowid = @rowid`);

  const rewriteAll = db.transaction((instanceId: string, columns: Array<[string, IssueColumns]>): number => {
    let n = 0;
    for (const [issueId, c] of columns) {
      const rows = stale.all(instanceId, issueId, c.issue_key, c.issue_summary, c.issue_type, c.project_key, c.project_name, c.parent_key, c.parent_summary, c.epic_key, c.epic_summary);
      for (const r of rows) rewrite.run({ ...c, rowid: r.rowid, search: searchText(c.issue_key, c.issue_summary, r.comment) });
      n += rows.length;
    }
    return n;
  });

  return {
    /** Issue ids of an instance's stored worklogs dated inside [from, to]. */
    issueIdsOfRange: (instanceId: string, from: string, to: string): string[] => rangeIssues.all(instanceId, from, to).map((r) => r.issue_id),
    /** The oldest `fetched_at` (ISO) among these cached issues; null when none is cached. */
    oldestCheck: (instanceId: string, ids: string[]): string | null => oldest.get(instanceId, JSON.stringify(ids))?.at ?? null,
    /** These issues' cached details matched Jira at `at`. */
    markChecked: (instanceId: string, ids: string[], at: string): void => void mark.run(at, instanceId, JSON.stringify(ids), at),
    /**
     * Rewrites the issue columns (and the search text) of every stored worklog of these issues,
     * whatever its date, where they differ from `columns`. Returns the rows changed.
     */
    rewriteIssueColumns: (instanceId: string, columns: Array<[string, IssueColumns]>): number => rewriteAll.immediate(instanceId, columns),
  };
}

export type IssueRefreshRepo = ReturnType<typeof issueRefreshRepo>;
