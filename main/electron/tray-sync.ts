import { presetRange } from '../../shared/domain/dates.js';
import { formatHours } from '../../shared/domain/hours.js';
import type { SyncSummary } from '../../shared/domain/sync.js';
import type { AppCore } from '../core/app-core.js';
import { isAppError } from '../core/errors.js';
import type { BackgroundSync, Timers } from '../core/sync/background-sync.js';
import { lastSyncLine, nextSyncLine, syncNotification } from '../core/sync/sync-outcome.js';
import type { Notifier } from './notifications.js';
import type { AppTray, TrayState } from './tray.js';

/** The tray's hours must roll over at midnight and follow syncs of other processes: re-read this often. */
export const TRAY_REFRESH_MS = 5 * 60_000;

export interface TraySyncOptions {
  now?: () => Date;
  timers?: Timers;
  /** The background schedule: its next run is shown, its runs notify only on failure. */
  background?: Pick<BackgroundSync, 'nextAt' | 'isBackgroundRun' | 'onChange'>;
  /** The morning reminder: its count is shown in the menu and followed as it changes. */
  nudge?: { line(): string | null; onChange(listener: () => void): () => void };
}

const defaultTimers: Timers = { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

/** Milliseconds from `now` to just after the next local midnight. */
function untilMidnight(now: Date): number {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
  return midnight.getTime() - now.getTime();
}

/**
 * The tray's side of sync: "Sync now" runs the default range (Settings → sync), the tooltip and
 * menu show the last sync, the team's hours and the next background sync, and a notification
 * reports each outcome — also for syncs started from the window, since the user may have hidden
 * it. A background sync only notifies when it did not go well: every few hours of "all fine" would
 * be noise.
 */
export function wireTraySync(core: AppCore, notifier: Notifier, openWindow: () => void, options: TraySyncOptions = {}) {
  const now = options.now ?? (() => new Date());
  const timers = options.timers ?? defaultTimers;
  const state = (): TrayState => {
    const at = now();
    const h = core.services.teamHours();
    const next = options.background?.nextAt() ?? null;
    return {
      syncing: core.services.sync.status().running,
      lastSync: lastSyncLine(core.services.sync.history(20), at),
      hours: `Today ${formatHours(h.todaySeconds)} · This week ${formatHours(h.weekSeconds)} (${h.scope})`,
      nextSync: next ? nextSyncLine(next, at) : null,
      ...(options.nudge ? { behind: options.nudge.line() } : {}),
    };
  };
  let tray: AppTray | undefined;
  let timer: unknown = null;
  let disposed = false;
  const refresh = (): void => tray?.update(state());

  // Every few minutes, and just after midnight so "today" and "this week" roll over on time.
  const tick = (): void => {
    if (disposed) return;
    timer = timers.setTimeout(
      () => {
        refresh();
        tick();
      },
      Math.min(TRAY_REFRESH_MS, untilMidnight(now())),
    );
  };

  const offPlan = options.background?.onChange(() => refresh());
  const offNudge = options.nudge?.onChange(() => refresh());
  const unsubscribe = core.events.subscribe((event, payload) => {
    if (event === 'sync.finished') {
      refresh();
      const summary = payload as SyncSummary;
      const background = options.background?.isBackgroundRun(summary.runId) ?? false;
      if (!background || !summary.ok) notifier.notify({ ...syncNotification(summary, background), onClick: openWindow });
    } else if (event === 'sync.progress' && (payload as { phase: string }).phase === 'starting') {
      refresh();
    } else if (event === 'settings.changed') {
      refresh();
    }
  });

  return {
    state,
    refresh,
    attach(t: AppTray): void {
      tray = t;
      refresh();
      if (timer === null) tick();
    },
    syncNow(): void {
      const preset = core.services.settings.get().syncDefaultPreset;
      try {
        core.services.sync.start(presetRange(preset, now()));
        refresh();
      } catch (e) {
        // Nothing to sync, already running, lock held by the CLI…: say so where the user clicked.
        const body = isAppError(e) ? e.message : 'The sync could not start.';
        notifier.notify({ title: 'Sync not started', body, onClick: openWindow });
      }
    },
    dispose(): void {
      disposed = true;
      unsubscribe();
      offPlan?.();
      offNudge?.();
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
