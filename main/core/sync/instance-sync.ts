import type { SyncPhase } from '../../../shared/domain/sync.js';
import type { Hydrator } from './hydrator.js';
import type { PageWriter } from './page-writer.js';

/** What a source-specific sync of one instance works with. */
export interface InstanceSyncContext {
  instanceId: string;
  instanceName: string;
  from: string;
  to: string;
  hydrator: Hydrator;
  writer: PageWriter;
  signal: AbortSignal;
  now: () => string;
  progress(phase: SyncPhase, done: number, total: number | null): void;
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason;
}
