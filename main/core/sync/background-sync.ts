import { presetRange } from '../../../shared/domain/dates.js';
import type { AppSettings } from '../../../shared/domain/settings.js';
import { isAppError } from '../errors.js';
import type { AppCore } from '../app-core.js';
import type { EventBus } from '../event-bus.js';
import type { Logger, Timers } from '../ports.js';
import { syncRunsRepo } from './sync-runs-repo.js';
import type { SyncEngine } from './sync-engine.js';

const HOUR_MS = 3_600_000;
/** How long to wait before trying again when a sync is already running (here, in the CLI…). */
export const BACKGROUND_RETRY_MS = 10 * 60_000;

export type { Timers };

const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    // A pending background sync never keeps a process alive on its own.
    t.unref?.();
    return t;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface BackgroundSyncDeps {
  sync: Pick<SyncEngine, 'start' | 'status' | 'elsewhere'>;
  settings(): Pick<AppSettings, 'backgroundSyncHours' | 'syncDefaultPreset'>;
  /** When the last worklog sync ended (any outcome, any process on this data folder); null if never. */
  lastSyncEnd(): Date | null;
  events: EventBus;
  now(): Date;
  log: Logger;
  timers?: Timers;
}

export interface BackgroundSync {
  /** When the next background sync is planned; null when off or while one runs. */
  nextAt(): Date | null;
  /** Whether a run was started by the background schedule (for the notification's words). */
  isBackgroundRun(runId: string): boolean;
  /** Calls `listener` whenever the plan changes (the tray shows the next time); returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  dispose(): void;
}

/**
 * Syncs the tray's default range every N hours while the app runs (settings.backgroundSyncHours;
 * 0 = off). N is counted from the end of the last sync of any kind — a manual sync, a tray sync
 * or a CLI sync postpones it — so it never syncs twice in a row for nothing. One timer at most;
 * when a sync is already running (or another process holds the lock) it tries again a little
 * later instead of queueing. Failures land in the sync history and reach the user through the
 * same `sync.finished` notification as any sync: never a dialog.
 */
export function createBackgroundSync(deps: BackgroundSyncDeps): BackgroundSync {
  const timers = deps.timers ?? realTimers;
  const ours = new Set<string>();
  const listeners = new Set<() => void>();
  let timer: unknown = null;
  let next: Date | null = null;
  let disposed = false;
  let hours = deps.settings().backgroundSyncHours;
  // Never synced: count from when the schedule was switched on (or the app started with it on).
  let since = deps.now();

  const arm = (at: Date | null): void => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    next = disposed ? null : at;
    if (next) timer = timers.setTimeout(fire, Math.max(0, next.getTime() - deps.now().getTime()));
    for (const l of listeners) l();
  };

  const dueAt = (): Date | null => {
    if (hours <= 0) return null;
    const last = deps.lastSyncEnd();
    return new Date((last ?? since).getTime() + hours * HOUR_MS);
  };

  const later = (ms: number): Date => new Date(deps.now().getTime() + ms);

  function fire(): void {
    timer = null;
    if (disposed) return;
    const due = dueAt();
    // Off now, or a sync ended meanwhile in a process whose events we don't hear (the CLI).
    if (!due || due.getTime() > deps.now().getTime()) return arm(due);
    const holder = deps.sync.elsewhere();
    if (deps.sync.status().running || holder) {
      deps.log.info('background sync postponed: a sync is already running', { holder: holder?.owner ?? 'this app' });
      return arm(later(BACKGROUND_RETRY_MS));
    }
    const range = presetRange(deps.settings().syncDefaultPreset, deps.now());
    try {
      const { runId, joined } = deps.sync.start(range);
      if (!joined) {
        ours.add(runId);
        // Only recent runs matter (their notification); keep the set small.
        if (ours.size > 20) ours.delete(ours.values().next().value as string);
      }
      deps.log.info('background sync started', { runId, ...range });
      // Nothing planned while it runs: its sync.finished plans the next one.
      arm(null);
    } catch (e) {
      const code = isAppError(e) ? e.code : 'internal';
      deps.log.warn('background sync could not start', { code, message: e instanceof Error ? e.message : String(e) });
      // Busy (a race with another start): soon. Anything else (no instance yet…): a full interval.
      arm(later(code === 'busy' ? BACKGROUND_RETRY_MS : hours * HOUR_MS));
    }
  }

  const unsubscribe = deps.events.subscribe((event, payload) => {
    if (event === 'sync.finished') {
      arm(dueAt());
    } else if (event === 'settings.changed') {
      const changed = (payload as AppSettings).backgroundSyncHours;
      if (changed === hours) return;
      if (hours <= 0) since = deps.now();
      hours = changed;
      deps.log.info('background sync schedule changed', { hours });
      arm(dueAt());
    }
  });

  arm(dueAt());

  return {
    nextAt: () => next,
    isBackgroundRun: (runId) => ours.has(runId),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      unsubscribe();
      arm(null);
    },
  };
}

/** The background schedule over a running core: what Electron main and the browser host both start. */
export function startBackgroundSync(
  core: Pick<AppCore, 'db' | 'events' | 'log' | 'services'>,
  options: { now?: () => Date; timers?: Timers } = {},
): BackgroundSync {
  const runs = syncRunsRepo(core.db);
  return createBackgroundSync({
    sync: core.services.sync,
    settings: () => core.services.settings.get(),
    lastSyncEnd: () => {
      const at = runs.lastEnd();
      return at ? new Date(at) : null;
    },
    events: core.events,
    now: options.now ?? (() => new Date()),
    log: core.log,
    ...(options.timers ? { timers: options.timers } : {}),
  });
}
