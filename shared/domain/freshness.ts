/**
 * How fresh the local copy of each instance is: when its last successful sync ended, how its last
 * run ended, and whether that is older than the user accepts (settings.staleAfterHours).
 */

/** How a run ended; 'interrupted' is a run the app or CLI did not live to finish (closed at the next start). */
export type RunResult = 'ok' | 'failed' | 'cancelled' | 'interrupted';

export interface InstanceFreshness {
  instanceId: string;
  instanceName: string;
  /** When the last successful worklog sync of this instance ended; null when it never synced. */
  lastSuccessAt: string | null;
  /** The last finished run of this instance, whatever its result. */
  lastRun: { endedAt: string; result: RunResult; error: string | null } | null;
  /** Never synced, or the last success is older than staleAfterHours (at `checkedAt`). */
  stale: boolean;
}

export interface SyncFreshness {
  checkedAt: string;
  staleAfterHours: number;
  /** Every configured instance, by name. */
  instances: InstanceFreshness[];
}

const HOUR_MS = 3_600_000;

/** Never synced, or synced longer than `staleAfterHours` before `now`. */
export function isStale(lastSuccessAt: string | null, staleAfterHours: number, now: Date): boolean {
  if (lastSuccessAt === null) return true;
  const at = Date.parse(lastSuccessAt);
  if (Number.isNaN(at)) return true;
  return now.getTime() - at > staleAfterHours * HOUR_MS;
}

/** "45 minutes", "1 hour", "5 hours", "3 days": how long ago, in the words of a warning. */
export function ageWords(ms: number): string {
  const minutes = Math.max(1, Math.floor(ms / 60_000));
  const unit = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return unit(hours, 'hour');
  return unit(Math.floor(hours / 24), 'day');
}
