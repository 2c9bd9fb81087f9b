/**
 * How the Sync page puts runs, ranges and progress into words. Pure functions (no React), so the
 * wording stays the same in the progress list, the history table and the toasts.
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { SyncPhase, SyncProgress, SyncRunView, SyncSummary } from '../../../../shared/domain/sync';

/** 1234 → "1,234" in the user's locale. */
export function formatCount(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** "1 worklog", "1,234 worklogs". */
export function plural(n: number, word: string, locale?: string): string {
  return `${formatCount(n, locale)} ${word}${n === 1 ? '' : 's'}`;
}

/** A calendar date (YYYY-MM-DD) as a local Date at midnight — never shifted by the UTC offset. */
const day = (iso: string): Date => parseISO(iso);

/**
 * An inclusive date range in words: "1 – 30 Nov 2026", "28 Oct – 3 Nov 2026",
 * "28 Dec 2025 – 3 Jan 2026", or one date when both ends are the same day.
 */
export function formatRange(from: string, to: string, locale?: string): string {
  const fmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const a = day(from);
  const b = day(to);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return `${from} – ${to}`;
  if (from === to) return fmt.format(a);
  // formatRange drops the parts both ends share; spaced en dash reads better at a glance.
  return fmt.formatRange(a, b).replace(/\s*–\s*/u, ' – ');
}

const timeFmt = (locale?: string) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });

/** When a run started, as people say it: "Today 09:41", "Yesterday 16:02", "Mon 3 Nov, 09:41", "3 Nov 2025, 09:41". */
export function formatStarted(value: string, now: Date = new Date(), locale?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const time = timeFmt(locale).format(date);
  const days = differenceInCalendarDays(now, date);
  if (days === 0) return `Today ${time}`;
  if (days === 1) return `Yesterday ${time}`;
  const sameYear = date.getFullYear() === now.getFullYear();
  const dayPart = new Intl.DateTimeFormat(locale, sameYear && days < 7 ? { weekday: 'short', day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }).format(date);
  return `${dayPart}, ${time}`;
}

/** "0.4 s", "12 s", "3 min 5 s", "1 h 2 min". */
export function formatDuration(ms: number, locale?: string): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const seconds = ms / 1000;
  if (seconds < 0.1) return '< 0.1 s';
  if (seconds < 10) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(seconds)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const totalMinutes = Math.floor(seconds / 60);
  if (totalMinutes < 60) {
    const s = Math.round(seconds - totalMinutes * 60);
    return s > 0 ? `${totalMinutes} min ${s} s` : `${totalMinutes} min`;
  }
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes - h * 60;
  return m > 0 ? `${h} h ${m} min` : `${h} h`;
}

export function runDuration(run: Pick<SyncRunView, 'startedAt' | 'endedAt'>, now: Date = new Date()): number {
  const end = run.endedAt ? Date.parse(run.endedAt) : now.getTime();
  return end - Date.parse(run.startedAt);
}

/** 'tempo' → "Tempo"; the source a run read worklogs from. */
export function sourceLabel(source: string): string {
  switch (source) {
    case 'tempo':
      return 'Tempo';
    case 'jira':
      return 'Jira';
    case 'factorial':
      return 'Factorial';
    default:
      return source;
  }
}

const PHASE_WORDS: Record<Exclude<SyncPhase, 'done'>, string> = {
  starting: 'Starting…',
  worklogs: 'Reading worklogs…',
  details: 'Fetching issue details…',
  people: 'Fetching names…',
  cleanup: 'Cleaning up…',
};

export const STATUS_WORDS: Record<SyncRunView['status'], string> = {
  running: 'Running',
  ok: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** What one instance is doing right now, in words. */
export function phaseWords(p: Pick<SyncProgress, 'phase' | 'status'>): string {
  if (p.phase === 'done' || p.status !== 'running') return STATUS_WORDS[p.status];
  return PHASE_WORDS[p.phase];
}

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
    refreshed > 0 ? `${plural(refreshed, 'issue', locale)} refreshed` : '',
  ].filter(Boolean);
  return {
    tone: 'success',
    message: `Synced ${range}: ${plural(sum('fetched'), 'worklog')} checked across ${plural(s.runs.length, 'instance')}${changes.length > 0 ? ` (${changes.join(', ')})` : ' — no changes'}.`,
  };
}
