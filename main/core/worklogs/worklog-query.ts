import type { WorklogFilter, WorklogView } from '../../../shared/domain/worklog.js';
import type { Db } from '../store/open-database.js';
import type { WorklogRow } from './worklogs-repo.js';

/** A stored worklog joined with its instance's name: what the views read. */
export type WorklogViewRow = Omit<WorklogRow, 'raw' | 'synced_at' | 'source_updated'> & { instance_name: string };

/** The columns of WorklogViewRow, for queries over `worklogs w JOIN instances i`. */
export const WORKLOG_VIEW_COLUMNS = `i.name AS instance_name, w.instance_id, w.source, w.source_id, w.issue_id, w.issue_key, w.issue_summary, w.issue_type,
       w.project_key, w.project_name, w.author_account_id, w.author_name, w.local_date, w.day_from_reader_zone, w.started, w.seconds, w.comment,
       w.parent_key, w.parent_summary, w.epic_key, w.epic_summary`;

export function toWorklogView(r: WorklogViewRow): WorklogView {
  return {
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
    dayFromReaderZone: r.day_from_reader_zone === 1,
    started: r.started,
    seconds: r.seconds,
    comment: r.comment,
    parentKey: r.parent_key,
    parentName: r.parent_summary,
    epicKey: r.epic_key,
    epicName: r.epic_summary,
  };
}

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** Stored worklogs of a range, oldest first; the same query serves the CLI and the explorer. */
export function listWorklogs(db: Db, f: WorklogFilter): WorklogView[] {
  const where = ['w.local_date BETWEEN ? AND ?'];
  const args: string[] = [f.from, f.to];
  if (f.instanceIds?.length) {
    where.push(`w.instance_id IN (${placeholders(f.instanceIds.length)})`);
    args.push(...f.instanceIds);
  }
  if (f.authorAccountIds?.length) {
    where.push(`w.author_account_id IN (${placeholders(f.authorAccountIds.length)})`);
    args.push(...f.authorAccountIds);
  }
  const rows = db
    .prepare(
      `SELECT ${WORKLOG_VIEW_COLUMNS}
         FROM worklogs w JOIN instances i ON i.id = w.instance_id
        WHERE ${where.join(' AND ')}
        ORDER BY w.local_date, w.started, i.name, w.source_id`,
    )
    .all(...args) as WorklogViewRow[];
  return rows.map(toWorklogView);
}
