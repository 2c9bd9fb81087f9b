import type { SyncCounts } from '../../../shared/domain/sync.js';
import type { Db } from '../store/open-database.js';
import type { CursorsRepo } from './cursors-repo.js';
import type { WorklogRow, WorklogsRepo } from '../worklogs/worklogs-port.js';

/**
 * Writes one page of worklogs, marks their ids as seen for the end-of-run reconciliation, and
 * stores the cursor after the page — all in one transaction, so a crash between pages leaves the
 * last complete page and its cursor, never half of one.
 */
export function createPageWriter(db: Db, worklogs: WorklogsRepo, cursors: CursorsRepo, instanceId: string, source: 'jira' | 'tempo') {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS seen_ids (instance_id TEXT NOT NULL, source_id TEXT NOT NULL, PRIMARY KEY (instance_id, source_id)) WITHOUT ROWID');
  db.prepare('DELETE FROM temp.seen_ids WHERE instance_id = ?').run(instanceId);
  const markSeen = db.prepare('INSERT OR IGNORE INTO temp.seen_ids (instance_id, source_id) VALUES (?, ?)');
  const counts: SyncCounts = { fetched: 0, inserted: 0, updated: 0, deleted: 0 };

  const writePage = db.transaction((rows: WorklogRow[], fetched: number, cursor: { name: string; value: string; at: string } | null) => {
    for (const row of rows) {
      const outcome = worklogs.upsert(row);
      if (outcome === 'inserted') counts.inserted++;
      else if (outcome === 'updated') counts.updated++;
      markSeen.run(instanceId, row.source_id);
    }
    counts.fetched += fetched;
    if (cursor) cursors.put(instanceId, cursor.name, cursor.value, cursor.at);
  });

  return {
    counts,
    /** `fetched` counts what the source returned, including worklogs outside the range that were skipped. */
    write(rows: WorklogRow[], fetched: number, cursor: { name: string; value: string; at: string } | null = null): void {
      writePage.immediate(rows, fetched, cursor);
    },
    /** After a complete run: what the source no longer has in [from, to] goes, and rows of the other source. */
    reconcile(from: string, to: string): number {
      const run = db.transaction(() => {
        const gone = worklogs.removeUnseen(instanceId, source, from, to) + worklogs.removeOtherSource(instanceId, source, from, to);
        db.prepare('DELETE FROM temp.seen_ids WHERE instance_id = ?').run(instanceId);
        return gone;
      });
      const gone = run.immediate();
      counts.deleted += gone;
      return gone;
    },
    discard(): void {
      db.prepare('DELETE FROM temp.seen_ids WHERE instance_id = ?').run(instanceId);
    },
  };
}

export type PageWriter = ReturnType<typeof createPageWriter>;
