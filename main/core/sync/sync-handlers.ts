import type { SyncFreshness } from '../../../shared/domain/freshness.js';
import type { Handlers } from '../dispatch.js';
import type { SyncEngine } from './sync-engine.js';

type SyncChannels = 'sync.start' | 'sync.cancel' | 'sync.status' | 'sync.history' | 'sync.freshness' | 'sync.clearCache' | 'worklogs.deleteRange';

/** Sync runs, and the two ways of dropping synced worklogs (the engine holds the lock for both). */
export function syncHandlers(sync: SyncEngine, freshness: () => SyncFreshness): Pick<Handlers, SyncChannels> {
  return {
    'sync.start': async (input) => {
      const { runId, joined } = sync.start(input);
      return { runId, joined };
    },
    'sync.cancel': async () => sync.cancel(),
    'sync.status': async () => sync.status(),
    'sync.history': async ({ limit }) => sync.history(limit),
    'sync.freshness': async () => freshness(),
    'sync.clearCache': async () => sync.clearCache(),
    'worklogs.deleteRange': async ({ from, to, instanceId }) => sync.deleteRange(from, to, instanceId ?? null),
  };
}
