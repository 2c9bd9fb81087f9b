import type { SyncRunView, SyncSummary } from '../../../shared/domain/sync.js';
import { wasInterrupted } from './sync-runs-repo.js';

const time = (iso: string): string => {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/**
 * The desktop notification for a finished sync: a count when all went well, the first error in
 * plain words when not. A background sync says so in its title.
 */
export function syncNotification(s: SyncSummary, background = false): { title: string; body: string } {
  const what = background ? 'Background sync' : 'Sync';
  const failed = s.runs.filter((r) => r.status === 'failed');
  const cancelled = s.runs.filter((r) => r.status === 'cancelled');
  const fetched = s.runs.reduce((n, r) => n + r.counts.fetched, 0);
  const changed = s.runs.reduce((n, r) => n + r.counts.inserted + r.counts.updated + r.counts.deleted, 0);
  if (failed.length > 0) {
    const first = failed[0] as SyncRunView;
    const others = failed.length > 1 ? ` (and ${plural(failed.length - 1, 'other instance')})` : '';
    return { title: `${what} failed for ${first.instanceName}${others}`, body: first.error?.message ?? 'The sync did not finish.' };
  }
  if (cancelled.length > 0) return { title: `${what} cancelled`, body: 'The worklogs stored before the sync are unchanged.' };
  return {
    title: `${what} finished`,
    body: `${plural(fetched, 'worklog')} checked across ${plural(s.runs.length, 'instance')} (${s.from} – ${s.to}); ${plural(changed, 'change')}.`,
  };
}

const clock = (d: Date): string => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
const sameDay = (a: Date, b: Date): boolean => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** "09:41" today, "2026-11-27 09:41" on another day (local time). */
function when(iso: string, now: Date): string {
  const d = new Date(iso);
  return sameDay(d, now) ? clock(d) : time(iso);
}

/**
 * One line for the tray tooltip and menu: when the last worklog sync ended and how —
 * "Last sync 09:41 — ok", "Last sync 09:41 — failed: Globex", "… — cancelled", "… — interrupted".
 */
export function lastSyncLine(history: SyncRunView[], now: Date = new Date()): string {
  const last = history.find((r) => r.status !== 'running' && r.kind === 'worklogs');
  if (!last?.endedAt) return 'Not synced yet';
  const sameRun = history.filter((r) => r.runId === last.runId && r.kind === 'worklogs');
  const failed = sameRun.filter((r) => r.status === 'failed');
  let result: string;
  if (failed.length > 0 && failed.every(wasInterrupted)) result = 'interrupted';
  else if (failed.length > 0) result = `failed: ${failed.map((r) => r.instanceName).join(', ')}`;
  else if (sameRun.some((r) => r.status === 'cancelled')) result = 'cancelled';
  else result = 'ok';
  return `Last sync ${when(last.endedAt, now)} — ${result}`;
}

/** "Next background sync 13:41", or "… tomorrow 01:10" (it is never more than a day ahead). */
export function nextSyncLine(at: Date, now: Date = new Date()): string {
  if (sameDay(at, now)) return `Next background sync ${clock(at)}`;
  return `Next background sync ${at > now ? `tomorrow ${clock(at)}` : time(at.toISOString())}`;
}
