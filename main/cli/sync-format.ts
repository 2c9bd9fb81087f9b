import type { SyncCounts, SyncRunView, SyncSummary } from '../../shared/domain/sync.js';
import { CLI_INVOCATION } from './cli-error.js';
import { rangeText } from './date-range-options.js';
import { formatTextTable } from './text-table.js';
import { cellText, truncateWidth } from './text-width.js';
import type { SyncLockHolder as LockHolder } from '../core/sync/sync-lock.js';

/**
 * One instance's part of a sync as `sync --json` prints it. A flat reshaping of SyncRunView:
 * `instance` is the instance's name; `durationMs` is null while the run has not ended.
 */
export interface CliSyncRun {
  instance: string;
  instanceId: string | null;
  source: string;
  status: SyncRunView['status'];
  counts: SyncCounts;
  /** Issues re-read because Jira reported them changed (renamed, re-parented, moved). */
  issuesRefreshed: number;
  requests: number;
  startedAt: string;
  endedAt: string | null;
  durationMs: number | null;
  error: { code: string; message: string } | null;
}

/** `sync --json`: `ok` is true only when every instance synced. */
export interface CliSyncSummary {
  ok: boolean;
  runId: string;
  from: string;
  to: string;
  instances: CliSyncRun[];
}

const durationOf = (r: SyncRunView): number | null => (r.endedAt ? Math.max(0, Date.parse(r.endedAt) - Date.parse(r.startedAt)) : null);

export function toCliSyncSummary(s: SyncSummary): CliSyncSummary {
  return {
    ok: s.ok,
    runId: s.runId,
    from: s.from,
    to: s.to,
    instances: s.runs.map((r) => ({
      instance: r.instanceName,
      instanceId: r.instanceId,
      source: r.source,
      status: r.status,
      counts: { ...r.counts },
      issuesRefreshed: r.issuesRefreshed,
      requests: r.requests,
      startedAt: r.startedAt,
      endedAt: r.endedAt,
      durationMs: durationOf(r),
      error: r.error,
    })),
  };
}

const count = (n: number): string => n.toLocaleString('en-US');
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "850 ms", "2.3 s", "4 min 05 s". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${pad2(s % 60)} s`;
}

/** An ISO instant in the user's local time, to the minute: "2026-11-27 09:41". */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** FETCHED … REQUESTS: the counts every sync table shows, in that order. */
const countCells = (r: SyncRunView): string[] => [r.counts.fetched, r.counts.inserted, r.counts.updated, r.counts.deleted, r.issuesRefreshed, r.requests].map(count);

const sourceName = (source: string): string => (source === 'tempo' ? 'Tempo' : source === 'jira' ? 'Jira' : source);

/**
 * The error of a run in plain words. The core's catch-all message points at the app's Help menu;
 * on the command line the log file itself is the place to look.
 */
export function errorText(error: SyncRunView['error'], logFile: string): string {
  if (!error) return '';
  if (error.code === 'internal') return `Something went wrong inside Worklog Desk; details are in the log: ${logFile}`;
  return cellText(error.message);
}

/** The human result of `sync`: a headline, a row per instance, then each problem in full. */
export function formatSyncSummary(s: SyncSummary, logFile: string): string {
  const failed = s.runs.filter((r) => r.status !== 'ok');
  const headline =
    failed.length === 0
      ? `Synced ${rangeText(s.from, s.to)}: ${s.runs.length === 1 ? 'the instance is' : `all ${s.runs.length} instances are`} up to date.`
      : `Sync of ${rangeText(s.from, s.to)}: ${failed.length} of ${s.runs.length} instance${s.runs.length === 1 ? '' : 's'} did not finish.`;
  const table = formatTextTable(
    ['INSTANCE', 'SOURCE', 'STATUS', 'FETCHED', 'INSERTED', 'UPDATED', 'DELETED', 'ISSUES REFRESHED', 'REQUESTS', 'TIME'],
    s.runs.map((r) => [
      cellText(r.instanceName),
      sourceName(r.source),
      r.status,
      ...countCells(r),
      formatDuration(durationOf(r)),
    ]),
    ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  const problems = failed.map((r) =>
    r.status === 'cancelled'
      ? `${cellText(r.instanceName)}: cancelled — the worklogs stored before this sync are unchanged.`
      : `${cellText(r.instanceName)}: ${r.status} — ${errorText(r.error, logFile) || 'no reason was recorded.'}`,
  );
  return [headline, '', table, ...(problems.length > 0 ? ['', ...problems] : [])].join('\n');
}

/** The one `error:` line of a sync that did not fully succeed: which instances, and why. */
export function failureLine(s: SyncSummary, logFile: string): string {
  const failed = s.runs.filter((r) => r.status === 'failed');
  const cancelled = s.runs.filter((r) => r.status === 'cancelled');
  const parts = failed.map((r) => `${cellText(r.instanceName)} failed: ${errorText(r.error, logFile).replace(/\.$/, '')}`);
  if (cancelled.length > 0) parts.push(`${cancelled.map((r) => cellText(r.instanceName)).join(', ')} cancelled (the worklogs stored before are unchanged)`);
  return `${parts.join('; ')}.`;
}

export const NO_HISTORY = `No syncs yet — run one with: ${CLI_INVOCATION} sync --this-month`;

/** `sync history`: newest first, one row per instance per run. */
export function formatHistory(runs: readonly SyncRunView[], logFile: string): string {
  if (runs.length === 0) return NO_HISTORY;
  return formatTextTable(
    ['STARTED', 'INSTANCE', 'SOURCE', 'RANGE', 'STATUS', 'FETCHED', 'INSERTED', 'UPDATED', 'DELETED', 'ISSUES REFRESHED', 'REQUESTS', 'ERROR'],
    runs.map((r) => [
      localTime(r.startedAt),
      cellText(r.instanceName),
      sourceName(r.source),
      rangeText(r.from, r.to),
      r.status,
      ...countCells(r),
      truncateWidth(errorText(r.error, logFile), 80),
    ]),
    ['left', 'left', 'left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
}

/** Who holds the sync lock of the data folder, as read from its lock file. */

/** `sync status`: whether a sync runs in this data folder, and the last run of each instance. */
export function formatStatus(holder: LockHolder | null, runningRows: readonly SyncRunView[], latest: readonly SyncRunView[], logFile: string): string {
  const lines: string[] = [];
  if (holder) {
    const range = runningRows[0] ? ` of ${rangeText(runningRows[0].from, runningRows[0].to)}` : '';
    const since = holder.since ? ` since ${localTime(holder.since)}` : '';
    lines.push(`A sync${range} is running in ${holder.owner} (pid ${holder.pid})${since}.`);
    if (runningRows.length > 0) lines.push(`Still working on: ${runningRows.map((r) => cellText(r.instanceName)).join(', ')}.`);
  } else {
    lines.push('No sync is running.');
  }
  if (latest.length === 0) {
    lines.push('', NO_HISTORY);
    return lines.join('\n');
  }
  lines.push(
    '',
    'Last sync of each instance:',
    formatTextTable(
      ['INSTANCE', 'STARTED', 'RANGE', 'STATUS', 'FETCHED', 'ERROR'],
      latest.map((r) => [cellText(r.instanceName), localTime(r.startedAt), rangeText(r.from, r.to), r.status, count(r.counts.fetched), truncateWidth(errorText(r.error, logFile), 80)]),
      ['left', 'left', 'left', 'left', 'right', 'left'],
    ),
  );
  return lines.join('\n');
}
