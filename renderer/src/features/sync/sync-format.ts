/**
 * How the Sync page puts runs, ranges and progress into words. Pure functions (no React), so the
 * wording stays the same in the progress list, the history table and the toasts.
 */
import { differenceInCalendarDays } from 'date-fns';
import type { SyncPhase, SyncProgress, SyncRunView } from '../../../../shared/domain/sync';

// Counts and ranges in words are app-wide (the sync store's toast uses them too): renderer/src/format.ts.
export { formatCount, formatRange, plural } from '../../format';

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

