import { randomUUID } from 'node:crypto';
import type { SyncProgress, SyncRunView, SyncSummary } from '../../../shared/domain/sync.js';
import { AppError, toWireError } from '../errors.js';
import type { EventBus } from '../event-bus.js';
import type { HttpClient } from '../http/http-client.js';
import type { Clock, Credentials, Logger } from '../ports.js';
import type { Db } from '../store/open-database.js';
import { cursorsRepo } from './cursors-repo.js';
import type { InstanceRow, InstancesRepo } from '../instances/instances-port.js';
import { jiraCacheRepo } from './jira-cache-repo.js';
import { syncRunsRepo } from './sync-runs-repo.js';
import { worklogsRepo } from '../worklogs/worklogs-port.js';
import { issueRefreshRepo } from './issue-refresh-repo.js';
import { createHydrator } from './hydrator.js';
import { refreshIssueDetails } from './issue-refresh.js';
import type { InstanceSyncContext } from './instance-sync.js';
import { FEED_MAX_AGE_MS, FEED_OVERLAP_MS, feedCursorName, syncFromJiraFeeds } from './jira-incremental-sync.js';
import { syncFromJira } from './jira-sync.js';
import { createPageWriter } from './page-writer.js';
import type { SyncLockHolder } from './sync-lock.js';
import { acquireSyncLock, refuseWhileOtherSyncs, syncLockHolder } from './sync-lock.js';
import type { JiraSyncClient, TempoSyncClient } from '../sync-sources.js';
import { syncFromTempo } from './tempo-sync.js';

export interface SyncEngineDeps {
  db: Db;
  dataDir: string;
  instances: InstancesRepo;
  credentials(instanceId: string): Promise<Credentials>;
  http: HttpClient;
  jiraClient(c: Credentials): JiraSyncClient;
  tempoClient(c: Credentials): TempoSyncClient;
  clock: Clock;
  log: Logger;
  events: EventBus;
  /**
   * Runs after an instance's Tempo worklogs are stored (Tempo's schedules of the range's people);
   * the composition root wires it, so the engine needs no knowledge of schedules.
   */
  afterTempoSync?(input: { instanceId: string; instanceName: string; from: string; to: string; full: boolean; client: TempoSyncClient; signal: AbortSignal }): Promise<void>;
  /** Who holds the lock, for the "already running" message (e.g. "the desktop app"). */
  owner: string;
}

export interface SyncRequest {
  from: string;
  to: string;
  /** Instance ids; all instances when empty or absent. */
  instanceIds?: string[];
  /** Skip the change feeds and read everything again. */
  full?: boolean;
}

interface Running {
  runId: string;
  full: boolean;
  from: string;
  to: string;
  controller: AbortController;
  promise: Promise<SyncSummary>;
  progress: Map<string, SyncProgress>;
}

/**
 * Runs worklog syncs: every chosen instance concurrently (the per-host limiter keeps each API
 * within its limits), one history row per instance, progress events at least once per page, one
 * sync at a time per data folder. A failing instance doesn't stop the others; a failed or
 * cancelled instance keeps its previously stored worklogs (reconciliation only runs after a
 * complete pass).
 */
export function createSyncEngine(deps: SyncEngineDeps) {
  const { db, log, events, clock } = deps;
  const runs = syncRunsRepo(db);
  const worklogs = worklogsRepo(db);
  const cursors = cursorsRepo(db);
  const cache = jiraCacheRepo(db);
  const issueRefresh = issueRefreshRepo(db);
  const iso = (): string => clock.now().toISOString();
  let running: Running | null = null;
  // Runs left 'running' by a process that died are closed now, unless that process still syncs.
  if (!syncLockHolder(deps.dataDir)) runs.closeInterrupted(iso());

  const emit = (r: Running, p: SyncProgress): void => {
    r.progress.set(p.instanceId, p);
    events.emit('sync.progress', p);
  };

  async function syncInstance(r: Running, row: InstanceRow): Promise<SyncRunView['status']> {
    const source = row.tempo_enabled === 1 ? 'tempo' : 'jira';
    const historyId = runs.start({ runId: r.runId, kind: 'worklogs', instanceId: row.id, instanceName: row.name, source, from: r.from, to: r.to, startedAt: iso() });
    const requestsBefore = deps.http.stats().byInstance?.[row.name] ?? 0;
    const writer = createPageWriter(db, worklogs, cursors, row.id, source);
    const base = { runId: r.runId, instanceId: row.id, instanceName: row.name };
    const ctx: InstanceSyncContext = {
      instanceId: row.id,
      instanceName: row.name,
      from: r.from,
      to: r.to,
      signal: r.controller.signal,
      writer,
      now: iso,
      hydrator: undefined as never,
      progress: (phase, done, total) => emit(r, { ...base, phase, done, total, status: 'running', message: null }),
    };
    let status: SyncRunView['status'] = 'ok';
    let issuesRefreshed = 0;
    let error: { code: string; message: string } | null = null;
    try {
      ctx.progress('starting', 0, null);
      const creds = await deps.credentials(row.id);
      const jira = deps.jiraClient(creds);
      ctx.hydrator = createHydrator({ instanceId: row.id, client: jira, cache, now: iso, signal: r.controller.signal, refresh: r.full });
      const startedAtMs = clock.now().getTime();
      const feedCursor = feedCursorName(r.from, r.to);
      const since = source === 'jira' ? Number(cursors.get(row.id, feedCursor) ?? NaN) : NaN;
      if (source === 'tempo') {
        // Tempo has no deletion feed: the whole window is read again and reconciled.
        cursors.removeLike(row.id, 'jira-feed:%');
        const tempo = deps.tempoClient(creds);
        await syncFromTempo(ctx, tempo);
        ctx.progress('cleanup', writer.counts.fetched, writer.counts.fetched);
        writer.reconcile(r.from, r.to);
        await deps.afterTempoSync?.({ instanceId: row.id, instanceName: row.name, from: r.from, to: r.to, full: r.full, client: tempo, signal: r.controller.signal });
      } else if (!r.full && Number.isFinite(since) && startedAtMs - since < FEED_MAX_AGE_MS) {
        const { nextSince, deleted } = await syncFromJiraFeeds(ctx, jira, worklogs, since, startedAtMs);
        writer.counts.deleted += deleted;
        writer.discard();
        cursors.put(row.id, feedCursor, String(nextSince), iso());
      } else {
        await syncFromJira(ctx, jira);
        ctx.progress('cleanup', writer.counts.fetched, writer.counts.fetched);
        writer.reconcile(r.from, r.to);
        // From now on a re-sync of this range reads only what changed since this pass began.
        cursors.put(row.id, feedCursor, String(startedAtMs - FEED_OVERLAP_MS), iso());
      }
      // A full refresh has just re-read every issue; otherwise only what Jira says changed is read again.
      if (!r.full) {
        const refreshed = await refreshIssueDetails(ctx, jira, { cache, refresh: issueRefresh, nowMs: () => clock.now().getTime(), runStartedMs: startedAtMs });
        issuesRefreshed = refreshed.refreshed;
        writer.counts.updated += refreshed.rowsUpdated;
      }
    } catch (e) {
      writer.discard();
      const cancelled = r.controller.signal.aborted;
      status = cancelled ? 'cancelled' : 'failed';
      error = cancelled ? { code: 'cancelled', message: 'Cancelled — the worklogs stored before this sync are unchanged.' } : toWireError(e);
      log.warn('instance sync ended early', { runId: r.runId, instance: row.name, status, code: error.code, message: error.message });
    }
    const requests = (deps.http.stats().byInstance?.[row.name] ?? 0) - requestsBefore;
    runs.finish(historyId, { status, endedAt: iso(), counts: { ...writer.counts }, issuesRefreshed, requests, error });
    emit(r, { ...base, phase: 'done', done: writer.counts.fetched, total: writer.counts.fetched, status, message: error?.message ?? null });
    log.info('instance sync finished', { runId: r.runId, instance: row.name, source, status, ...writer.counts, issuesRefreshed, requests });
    return status;
  }

  async function execute(r: Running, rows: InstanceRow[], release: () => void): Promise<SyncSummary> {
    try {
      await Promise.all(rows.map((row) => syncInstance(r, row)));
      const mine = runs.byRun(r.runId);
      const summary: SyncSummary = { runId: r.runId, from: r.from, to: r.to, ok: mine.every((v) => v.status === 'ok'), runs: mine };
      events.emit('sync.finished', summary);
      return summary;
    } finally {
      running = null;
      release();
    }
  }

  function choose(ids: string[] | undefined): InstanceRow[] {
    const all = deps.instances.list();
    if (!ids || ids.length === 0) {
      if (all.length === 0) throw new AppError('validation', 'There is no Jira instance to sync yet. Add one in Settings first.');
      return all;
    }
    return ids.map((id) => {
      const row = all.find((i) => i.id === id);
      if (!row) throw new AppError('not_found', 'One of the chosen instances no longer exists. Refresh the list and choose again.');
      return row;
    });
  }

  return {
    /**
     * Starts a sync and returns at once; `done` resolves when it ends (never rejects: failures are
     * recorded per instance). Throws when it can't start (bad range, no instance, another sync).
     * A second request for the same range joins the running one.
     */
    start(req: SyncRequest): { runId: string; joined: boolean; done: Promise<SyncSummary> } {
      if (req.from > req.to) throw new AppError('validation', `The range starts (${req.from}) after it ends (${req.to}).`);
      if (running) {
        if (running.from === req.from && running.to === req.to) return { runId: running.runId, joined: true, done: running.promise };
        throw new AppError('busy', `A sync of ${running.from} – ${running.to} is already running. Wait for it to finish or cancel it.`);
      }
      const rows = choose(req.instanceIds);
      const lock = acquireSyncLock(deps.dataDir, deps.owner);
      const interrupted = runs.closeInterrupted(iso());
      if (interrupted) log.warn('closed interrupted sync runs', { count: interrupted });
      const r: Running = { runId: randomUUID(), full: req.full ?? false, from: req.from, to: req.to, controller: new AbortController(), promise: undefined as never, progress: new Map() };
      running = r;
      r.promise = execute(r, rows, lock.release);
      return { runId: r.runId, joined: false, done: r.promise };
    },

    /** Starts (or joins) a sync and resolves with its summary. */
    async run(req: SyncRequest): Promise<SyncSummary> {
      return this.start(req).done;
    },

    cancel(): { cancelled: boolean } {
      if (!running) return { cancelled: false };
      running.controller.abort(new AppError('cancelled', 'The sync was cancelled.'));
      return { cancelled: true };
    },

    status(): { running: boolean; runId: string | null; from: string | null; to: string | null; progress: SyncProgress[] } {
      return running
        ? { running: true, runId: running.runId, from: running.from, to: running.to, progress: [...running.progress.values()] }
        : { running: false, runId: null, from: null, to: null, progress: [] };
    },

    /** A sync of another process on this data folder (the app while the CLI asks, or the reverse). */
    elsewhere: (): SyncLockHolder | null => syncLockHolder(deps.dataDir),

    history: (limit = 200): SyncRunView[] => runs.list(limit),

    /** Drops synced data and caches; keeps instances, settings, templates and the history. */
    clearCache(): { deleted: number } {
      if (running) throw new AppError('busy', 'A sync is running: cancel it or wait before clearing the cache.');
      refuseWhileOtherSyncs(deps.dataDir, 'clearing the cache');
      return db.transaction(() => {
        const n = db.prepare('DELETE FROM worklogs').run().changes;
        db.prepare('DELETE FROM jira_issues').run();
        db.prepare('DELETE FROM jira_users').run();
        db.prepare('DELETE FROM sync_cursors').run();
        return { deleted: n };
      }).immediate();
    },

    deleteRange(from: string, to: string, instanceId: string | null): { deleted: number } {
      if (running) throw new AppError('busy', 'A sync is running: cancel it or wait before deleting worklogs.');
      refuseWhileOtherSyncs(deps.dataDir, 'deleting worklogs');
      if (from > to) throw new AppError('validation', `The range starts (${from}) after it ends (${to}).`);
      return db.transaction(() => {
        const deleted = worklogs.deleteRange(from, to, instanceId);
        // The change feeds only bring what changed: after a local delete the next sync must be a full one.
        for (const i of instanceId ? [instanceId] : deps.instances.list().map((x) => x.id)) cursors.removeLike(i, 'jira-feed:%');
        return { deleted };
      }).immediate();
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
