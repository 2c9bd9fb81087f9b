import type { SyncRunView, SyncSummary } from '../../../shared/domain/sync';
import { formatCount, formatRange, plural } from '../format';

/** The toast after a sync: a count when all went well, who failed when not. */
export function summaryToast(s: SyncSummary, locale?: string): { tone: 'success' | 'info' | 'error'; message: string } {
  const failed = s.runs.filter((r) => r.status === 'failed');
  const cancelled = s.runs.filter((r) => r.status === 'cancelled');
  const range = formatRange(s.from, s.to, locale);
  if (failed.length > 0) {
    const names = failed.map((r) => r.instanceName).join(', ');
    const fine = s.runs.filter((r) => r.status === 'ok').length;
    return {
      tone: 'error',
      message: `Sync of ${range} failed for ${names}${fine > 0 ? ` (${plural(fine, 'other instance')} synced fine)` : ''} — the Sync page’s history says why.`,
    };
  }
  if (cancelled.length > 0) return { tone: 'info', message: 'Sync cancelled — the worklogs stored before it are unchanged.' };
  const sum = (k: keyof SyncRunView['counts']): number => s.runs.reduce((n, r) => n + r.counts[k], 0);
  // Renamed / re-parented / moved issues whose details the sync read again.
  const refreshed = s.runs.reduce((n, r) => n + r.issuesRefreshed, 0);
  const changes = [
    sum('inserted') > 0 ? `${formatCount(sum('inserted'), locale)} new` : '',
    sum('updated') > 0 ? `${formatCount(sum('updated'), locale)} updated` : '',
    sum('deleted') > 0 ? `${formatCount(sum('deleted'), locale)} removed` : '',
    refreshed > 0 ? `${plural(refreshed, 'issue', 'issues', locale)} refreshed` : '',
  ].filter(Boolean);
  return {
    tone: 'success',
    message: `Synced ${range}: ${plural(sum('fetched'), 'worklog')} checked across ${plural(s.runs.length, 'instance')}${changes.length > 0 ? ` (${changes.join(', ')})` : ' — no changes'}.`,
  };
}
