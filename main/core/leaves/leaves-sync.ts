import { randomUUID } from 'node:crypto';
import type { LeavesSyncResult } from '../../../shared/domain/leaves.js';
import { isAppError } from '../errors.js';
import type { FactorialClient, FactorialLeave } from '../factorial/factorial-client.js';
import { FACTORIAL_INSTANCE_NAME } from '../factorial/factorial-client.js';
import type { HttpClient } from '../http/http-types.js';
import type { Clock, Logger } from '../ports.js';
import type { Db } from '../store/open-database.js';
import { syncRunsRepo } from '../sync/sync-port.js';
import { leavesRepo } from './leaves-repo.js';

export interface LeavesSyncDeps {
  db: Db;
  http: HttpClient;
  clock: Clock;
  log: Logger;
  client: () => FactorialClient;
}

/**
 * Makes the stored leaves overlapping [from, to] equal to Factorial's. Everything is fetched first
 * (leaves of a company for a few months are a few pages) and written in one transaction, so a
 * failed sync leaves the previous state whole.
 * - approved leaves are stored; pending ones too, flagged (approved = 0);
 * - leaves Factorial marks deleted (deleted_at: cancelled or rejected requests) are removed;
 * - stored leaves that Factorial no longer returns for the range (moved away, hard-deleted) are removed.
 * Recorded in sync_runs (kind 'leaves', source 'factorial', no instance).
 */
export function createLeavesSync(deps: LeavesSyncDeps) {
  const runs = syncRunsRepo(deps.db);
  const leaves = leavesRepo(deps.db);
  const now = (): string => deps.clock.now().toISOString();
  const requestCount = (): number => deps.http.stats().byInstance[FACTORIAL_INSTANCE_NAME] ?? 0;

  /** Leave type names from the types list, for versions or records that leave the name out. */
  const fillTypeNames = async (list: FactorialLeave[], signal?: AbortSignal): Promise<FactorialLeave[]> => {
    if (!list.some((l) => l.leaveTypeName === null && l.leaveTypeId !== null)) return list;
    const names = new Map((await deps.client().leaveTypes(signal)).map((t) => [t.id, t.name]));
    return list.map((l) => (l.leaveTypeName === null && l.leaveTypeId !== null ? { ...l, leaveTypeName: names.get(l.leaveTypeId) ?? null } : l));
  };

  return {
    async sync(range: { from: string; to: string }, signal?: AbortSignal): Promise<LeavesSyncResult> {
      const runId = randomUUID();
      const { from, to } = range;
      const runRow = runs.start({ runId, kind: 'leaves', instanceId: null, instanceName: FACTORIAL_INSTANCE_NAME, source: 'factorial', from, to, startedAt: now() });
      const before = requestCount();
      const counts = { fetched: 0, inserted: 0, updated: 0, deleted: 0 };
      try {
        const fetched = await fillTypeNames(await deps.client().leaves({ from, to, includeDeleted: true }, signal), signal);
        counts.fetched = fetched.length;
        const syncedAt = now();
        deps.db.transaction(() => {
          const live = new Set<number>();
          for (const l of fetched) {
            if (l.deleted) {
              if (leaves.remove(l.id)) counts.deleted += 1;
              continue;
            }
            live.add(l.id);
            const outcome = leaves.put(l, syncedAt);
            if (outcome === 'inserted') counts.inserted += 1;
            else if (outcome === 'updated') counts.updated += 1;
          }
          for (const id of leaves.idsOverlapping(from, to)) {
            if (!live.has(id) && leaves.remove(id)) counts.deleted += 1;
          }
        })();
        const requests = requestCount() - before;
        runs.finish(runRow, { status: 'ok', endedAt: now(), counts, requests, error: null });
        deps.log.info('leaves sync done', { runId, from, to, ...counts, requests });
        return { runId, from, to, counts, requests };
      } catch (e) {
        const cancelled = signal?.aborted === true || (isAppError(e) && e.code === 'cancelled');
        const error = isAppError(e) && e.code !== 'internal' ? { code: e.code, message: e.message } : { code: 'internal', message: 'The leaves sync failed inside Worklog Desk; see the log.' };
        runs.finish(runRow, { status: cancelled ? 'cancelled' : 'failed', endedAt: now(), counts, requests: requestCount() - before, error });
        deps.log.warn('leaves sync failed', { runId, code: error.code, detail: isAppError(e) ? e.detail : String(e) });
        throw e;
      }
    },
  };
}

export type LeavesSync = ReturnType<typeof createLeavesSync>;
