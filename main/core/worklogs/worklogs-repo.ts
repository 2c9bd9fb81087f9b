import { searchText } from '../../../shared/domain/explorer.js';
import type { Db } from '../store/open-database.js';

/** The issue columns a worklog row repeats from the cache (issue, parent, epic). */
export interface IssueColumns {
  issue_key: string | null;
  issue_summary: string | null;
  issue_type: string | null;
  project_key: string | null;
  project_name: string | null;
  parent_key: string | null;
  parent_summary: string | null;
  epic_key: string | null;
  epic_summary: string | null;
}

/** A worklog row as the explorer reads it: denormalised, one row per source worklog. */
export interface WorklogRow extends IssueColumns {
  instance_id: string;
  source: 'jira' | 'tempo';
  source_id: string;
  issue_id: string;
  author_account_id: string;
  author_name: string | null;
  local_date: string;
  /** 1: the author's zone was hidden, so local_date is the reader's day (migration 007). */
  day_from_reader_zone: 0 | 1;
  started: string;
  seconds: number;
  comment: string | null;
  source_updated: string | null;
  raw: string;
  synced_at: string;
}

/** As stored: the row plus what is derived from it on every write (migration 006). */
type StoredRow = WorklogRow & { search: string | null };

type Comparable = Omit<StoredRow, 'synced_at'>;
const COMPARED: Array<keyof Comparable> = [
  'issue_id', 'issue_key', 'issue_summary', 'issue_type', 'project_key', 'project_name', 'parent_key', 'parent_summary',
  'epic_key', 'epic_summary', 'author_account_id', 'author_name', 'local_date', 'day_from_reader_zone', 'started', 'seconds', 'comment', 'source_updated', 'raw',
  'search',
];

/**
 * Writes of the sync engine. Upserts report whether a row was new, changed or the same, so the
 * history counts inserted / updated honestly (an unchanged row is not rewritten). This is the one
 * statement that writes worklog rows (Tempo, Jira, change feeds, full refreshes): it computes the
 * `search` column here, so no caller can store a row whose search text is stale.
 */
export function worklogsRepo(db: Db) {
  const getOne = db.prepare<[string, string, string], StoredRow>('SELECT * FROM worklogs WHERE instance_id = ? AND source = ? AND source_id = ?');
  const upsert = db.prepare(`
    INSERT INTO worklogs (instance_id, source, source_id, issue_id, issue_key, issue_summary, issue_type, project_key, project_name,
      parent_key, parent_summary, epic_key, epic_summary, author_account_id, author_name, local_date, day_from_reader_zone, started, seconds, comment,
      source_updated, raw, synced_at, search)
    VALUES (@instance_id, @source, @source_id, @issue_id, @issue_key, @issue_summary, @issue_type, @project_key, @project_name,
      @parent_key, @parent_summary, @epic_key, @epic_summary, @author_account_id, @author_name, @local_date, @day_from_reader_zone, @started, @seconds, @comment,
      @source_updated, @raw, @synced_at, @search)
    ON CONFLICT (instance_id, source, source_id) DO UPDATE SET
      issue_id = excluded.issue_id, issue_key = excluded.issue_key, issue_summary = excluded.issue_summary,
      issue_type = excluded.issue_type, project_key = excluded.project_key, project_name = excluded.project_name,
      parent_key = excluded.parent_key, parent_summary = excluded.parent_summary, epic_key = excluded.epic_key,
      epic_summary = excluded.epic_summary, author_account_id = excluded.author_account_id, author_name = excluded.author_name,
      local_date = excluded.local_date, day_from_reader_zone = excluded.day_from_reader_zone, started = excluded.started, seconds = excluded.seconds, comment = excluded.comment,
      source_updated = excluded.source_updated, raw = excluded.raw, synced_at = excluded.synced_at,
      search = excluded.search`);
  const deleteOne = db.prepare('DELETE FROM worklogs WHERE instance_id = ? AND source = ? AND source_id = ?');
  const deleteRange = db.prepare('DELETE FROM worklogs WHERE local_date BETWEEN @from AND @to AND (@instance IS NULL OR instance_id = @instance)');
  const deleteOtherSource = db.prepare('DELETE FROM worklogs WHERE instance_id = ? AND source <> ? AND local_date BETWEEN ? AND ?');

  return {
    /** 'inserted' | 'updated' | 'unchanged' */
    upsert(row: WorklogRow): 'inserted' | 'updated' | 'unchanged' {
      const stored: StoredRow = { ...row, search: searchText(row.issue_key, row.issue_summary, row.comment) };
      const before = getOne.get(row.instance_id, row.source, row.source_id);
      if (before && COMPARED.every((k) => before[k] === stored[k])) return 'unchanged';
      upsert.run(stored);
      return before ? 'updated' : 'inserted';
    },
    remove: (instanceId: string, source: string, sourceId: string): boolean => deleteOne.run(instanceId, source, sourceId).changes === 1,
    /** Worklogs of an instance in a range whose ids are not in the temp table `seen_ids`. */
    removeUnseen(instanceId: string, source: string, from: string, to: string): number {
      return db
        .prepare(
          `DELETE FROM worklogs WHERE instance_id = ? AND source = ? AND local_date BETWEEN ? AND ?
             AND source_id NOT IN (SELECT source_id FROM temp.seen_ids WHERE instance_id = ?)`,
        )
        .run(instanceId, source, from, to, instanceId).changes;
    },
    /** Removes the given source ids, but only inside [from, to] (a feed may name worklogs of other ranges). */
    removeSome(instanceId: string, source: string, sourceIds: string[], from: string, to: string): number {
      let n = 0;
      const del = db.prepare('DELETE FROM worklogs WHERE instance_id = ? AND source = ? AND source_id = ? AND local_date BETWEEN ? AND ?');
      db.transaction(() => {
        for (const id of sourceIds) n += del.run(instanceId, source, id, from, to).changes;
      }).immediate();
      return n;
    },
    /** When an instance switches source (Tempo token added or removed) the old rows of the range go. */
    removeOtherSource: (instanceId: string, source: string, from: string, to: string): number =>
      deleteOtherSource.run(instanceId, source, from, to).changes,
    deleteRange: (from: string, to: string, instanceId: string | null): number => deleteRange.run({ from, to, instance: instanceId }).changes,
    countInRange(instanceId: string, from: string, to: string): number {
      return (db.prepare('SELECT count(*) AS n FROM worklogs WHERE instance_id = ? AND local_date BETWEEN ? AND ?').get(instanceId, from, to) as { n: number }).n;
    },
  };
}

export type WorklogsRepo = ReturnType<typeof worklogsRepo>;
