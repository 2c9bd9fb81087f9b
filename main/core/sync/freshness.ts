import type { InstanceFreshness, RunResult, SyncFreshness } from '../../../shared/domain/freshness.js';
import { isStale } from '../../../shared/domain/freshness.js';
import type { SyncRunView } from '../../../shared/domain/sync.js';
import type { Db } from '../store/open-database.js';
import type { InstancesRepo } from '../instances/instances-port.js';
import { syncRunsRepo, wasInterrupted } from './sync-runs-repo.js';

function resultOf(run: SyncRunView): RunResult {
  if (wasInterrupted(run)) return 'interrupted';
  return run.status === 'running' ? 'failed' : run.status;
}

/**
 * Per configured instance, from the sync history: a run covers several instances with one row
 * each, so one instance failing never moves another's last success. Error texts are the history's
 * own plain-words messages (tokens never reach the history: see http/redact.ts).
 */
export function syncFreshness(db: Db, instances: InstancesRepo, staleAfterHours: number, now: Date): SyncFreshness {
  const runs = syncRunsRepo(db);
  const rows: InstanceFreshness[] = instances.list().map((i) => {
    const lastSuccessAt = runs.lastSuccessEnd(i.id);
    const last = runs.lastFinished(i.id);
    return {
      instanceId: i.id,
      instanceName: i.name,
      lastSuccessAt,
      lastRun: last?.endedAt ? { endedAt: last.endedAt, result: resultOf(last), error: last.status === 'ok' ? null : (last.error?.message ?? null) } : null,
      stale: isStale(lastSuccessAt, staleAfterHours, now),
    };
  });
  return { checkedAt: now.toISOString(), staleAfterHours, instances: rows };
}
