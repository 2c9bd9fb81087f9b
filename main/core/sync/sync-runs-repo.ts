import type { SyncRunView } from '../../../shared/domain/sync.js';
import type { Db } from '../store/open-database.js';

interface RunRow {
  id: number;
  run_id: string;
  kind: 'worklogs' | 'leaves';
  instance_id: string | null;
  instance_name: string;
  source: string;
  range_from: string;
  range_to: string;
  started_at: string;
  ended_at: string | null;
  status: SyncRunView['status'];
  fetched: number;
  inserted: number;
  updated: number;
  deleted: number;
  issues_refreshed: number;
  requests: number;
  error_code: string | null;
  error_message: string | null;
}

const toView = (r: RunRow): SyncRunView => ({
  id: r.id,
  runId: r.run_id,
  kind: r.kind,
  instanceId: r.instance_id,
  instanceName: r.instance_name,
  source: r.source,
  from: r.range_from,
  to: r.range_to,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  status: r.status,
  counts: { fetched: r.fetched, inserted: r.inserted, updated: r.updated, deleted: r.deleted },
  issuesRefreshed: r.issues_refreshed,
  requests: r.requests,
  error: r.error_message ? { code: r.error_code ?? 'internal', message: r.error_message } : null,
});

export interface RunEnd {
  status: 'ok' | 'failed' | 'cancelled';
  endedAt: string;
  counts: SyncRunView['counts'];
  /** Worklog syncs only; 0 when absent. */
  issuesRefreshed?: number;
  requests: number;
  error: { code: string; message: string } | null;
}

/**
 * A run closed by `closeInterrupted` (its process died mid-sync): recorded as failed with the
 * 'cancelled' code, which a live run never gets (a live cancel is recorded as 'cancelled').
 */
export const wasInterrupted = (run: Pick<SyncRunView, 'status' | 'error'>): boolean => run.status === 'failed' && run.error?.code === 'cancelled';

/** Sync history: a row per instance per run, opened as 'running' and closed with its outcome. */
export function syncRunsRepo(db: Db) {
  const start = db.prepare(`
    INSERT INTO sync_runs (run_id, kind, instance_id, instance_name, source, range_from, range_to, started_at, status)
    VALUES (@runId, @kind, @instanceId, @instanceName, @source, @from, @to, @startedAt, 'running')`);
  const finish = db.prepare(`
    UPDATE sync_runs SET status = @status, ended_at = @endedAt, fetched = @fetched, inserted = @inserted, updated = @updated,
      deleted = @deleted, issues_refreshed = @issuesRefreshed, requests = @requests, error_code = @errorCode, error_message = @errorMessage WHERE id = @id`);
  return {
    start(r: { runId: string; kind: 'worklogs' | 'leaves'; instanceId: string | null; instanceName: string; source: string; from: string; to: string; startedAt: string }): number {
      return Number(start.run(r).lastInsertRowid);
    },
    finish(id: number, end: RunEnd): void {
      finish.run({
        id,
        status: end.status,
        endedAt: end.endedAt,
        ...end.counts,
        issuesRefreshed: end.issuesRefreshed ?? 0,
        requests: end.requests,
        errorCode: end.error?.code ?? null,
        errorMessage: end.error?.message ?? null,
      });
    },
    /** Runs left 'running' by a process that died (kill -9, power cut) are closed as failed. */
    closeInterrupted(endedAt: string): number {
      return db
        .prepare(
          "UPDATE sync_runs SET status = 'failed', ended_at = ?, error_code = 'cancelled', error_message = 'The sync was interrupted (the app or CLI stopped before it finished). Nothing partial was kept beyond complete pages; run it again.' WHERE status = 'running'",
        )
        .run(endedAt).changes;
    },
    list(limit = 200, kind?: 'worklogs' | 'leaves'): SyncRunView[] {
      const rows = kind
        ? (db.prepare('SELECT * FROM sync_runs WHERE kind = ? ORDER BY id DESC LIMIT ?').all(kind, limit) as RunRow[])
        : (db.prepare('SELECT * FROM sync_runs ORDER BY id DESC LIMIT ?').all(limit) as RunRow[]);
      return rows.map(toView);
    },
    byRun(runId: string): SyncRunView[] {
      return (db.prepare('SELECT * FROM sync_runs WHERE run_id = ? ORDER BY id').all(runId) as RunRow[]).map(toView);
    },
    /** When the last successful worklog sync of an instance ended (ISO), or null. */
    lastSuccessEnd(instanceId: string): string | null {
      const r = db
        .prepare("SELECT MAX(ended_at) AS at FROM sync_runs WHERE instance_id = ? AND kind = 'worklogs' AND status = 'ok'")
        .get(instanceId) as { at: string | null };
      return r.at;
    },
    /** The last finished worklog run of an instance, whatever its outcome. */
    lastFinished(instanceId: string): SyncRunView | undefined {
      const r = db
        .prepare("SELECT * FROM sync_runs WHERE instance_id = ? AND kind = 'worklogs' AND status <> 'running' AND ended_at IS NOT NULL ORDER BY ended_at DESC, id DESC LIMIT 1")
        .get(instanceId) as RunRow | undefined;
      return r ? toView(r) : undefined;
    },
    /** When the last worklog sync of any instance ended (any outcome), or null: background sync counts from it. */
    lastEnd(): string | null {
      const r = db.prepare("SELECT MAX(ended_at) AS at FROM sync_runs WHERE kind = 'worklogs' AND status <> 'running'").get() as { at: string | null };
      return r.at;
    },
    /** The last successful run per instance (for freshness). */
    lastOk(instanceId: string): SyncRunView | undefined {
      const r = db.prepare("SELECT * FROM sync_runs WHERE instance_id = ? AND status = 'ok' ORDER BY id DESC LIMIT 1").get(instanceId) as RunRow | undefined;
      return r ? toView(r) : undefined;
    },
  };
}

export type SyncRunsRepo = ReturnType<typeof syncRunsRepo>;
