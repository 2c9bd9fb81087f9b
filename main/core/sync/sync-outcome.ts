import type { SyncRunView, SyncSummary } from '../../../shared/domain/sync.js';

const time = (iso: string): string => {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The desktop notification for a finished sync: a count when all went well, the first error in plain words when not. */
export function syncNotification(s: SyncSummary): { title: string; body: string } {
  const failed = s.runs.filter((r) => r.status === 'failed');
  const cancelled = s.runs.filter((r) => r.status === 'cancelled');
  const fetched = s.runs.reduce((n, r) => n + r.counts.fetched, 0);
  const changed = s.runs.reduce((n, r) => n + r.counts.inserted + r.counts.updated + r.counts.deleted, 0);
  if (failed.length > 0) {
    const first = failed[0] as SyncRunView;
    const others = failed.length > 1 ? ` (and ${plural(failed.length - 1, 'other instance')})` : '';
    return { title: `Sync failed for ${first.instanceName}${others}`, body: first.error?.message ?? 'The sync did not finish.' };
  }
  if (cancelled.length > 0) return { title: 'Sync cancelled', body: 'The worklogs stored before the sync are unchanged.' };
  return {
    title: 'Sync finished',
    body: `${plural(fetched, 'worklog')} checked across ${plural(s.runs.length, 'instance')} (${s.from} – ${s.to}); ${plural(changed, 'change')}.`,
  };
}

/** One line for the tray tooltip and menu: when the last sync ended and how. */
export function lastSyncLine(history: SyncRunView[]): string {
  const last = history.find((r) => r.status !== 'running' && r.kind === 'worklogs');
  if (!last?.endedAt) return 'Not synced yet';
  const sameRun = history.filter((r) => r.runId === last.runId);
  const failed = sameRun.filter((r) => r.status === 'failed').length;
  const result = failed > 0 ? `${failed} of ${sameRun.length} failed` : last.status === 'cancelled' ? 'cancelled' : 'ok';
  return `Last sync ${time(last.endedAt)} — ${result}`;
}
