import type { EventBus } from '../../main/core/event-bus.js';
import type { SyncProgress } from '../../shared/domain/sync.js';

const fmt = (n: number): string => n.toLocaleString('en-US');

/**
 * One "Syncing… Acme: 2,000 worklogs · Globex: 40 issues" line at most every `everyMs` while a
 * sync runs. Tempo reports worklogs; Jira's search pages report issues (it learns the worklogs
 * per issue), so the words follow the phase's unit rather than adding up mismatched counts.
 */
export function printSyncProgress(events: EventBus, write: (line: string) => void, sources: Map<string, 'tempo' | 'jira'>, everyMs = 1000): () => void {
  const latest = new Map<string, SyncProgress>();
  // The first line waits too: a sync that ends within a second needs none.
  let last = Date.now();
  const unsubscribe = events.subscribe((name, payload) => {
    if (name !== 'sync.progress') return;
    const p = payload as SyncProgress;
    latest.set(p.instanceName, p);
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    const parts = [...latest.values()].map((x) => {
      if (x.phase === 'done') return `${x.instanceName}: done`;
      const unit = sources.get(x.instanceId) === 'jira' && x.phase === 'worklogs' ? 'issues' : 'worklogs';
      return `${x.instanceName}: ${fmt(x.done)} ${unit}${x.phase === 'details' || x.phase === 'people' ? ' (details)' : ''}`;
    });
    write(`Syncing… ${parts.join(' · ')}`);
  });
  return unsubscribe;
}
