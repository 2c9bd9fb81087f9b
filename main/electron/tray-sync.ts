import { presetRange } from '../../shared/domain/dates.js';
import type { SyncSummary } from '../../shared/domain/sync.js';
import type { AppCore } from '../core/app-core.js';
import { isAppError } from '../core/errors.js';
import { lastSyncLine, syncNotification } from '../core/sync/sync-outcome.js';
import type { Notifier } from './notifications.js';
import type { AppTray, TrayState } from './tray.js';

/**
 * The tray's side of sync: "Sync now" runs the default range (Settings → sync), the tooltip and
 * menu show the last sync, and a notification reports each outcome — also for syncs started from
 * the window, since the user may have hidden it.
 */
export function wireTraySync(core: AppCore, notifier: Notifier, openWindow: () => void) {
  const state = (): TrayState => ({ syncing: core.services.sync.status().running, lastSync: lastSyncLine(core.services.sync.history(20)) });
  let tray: AppTray | undefined;
  const refresh = (): void => tray?.update(state());

  const unsubscribe = core.events.subscribe((event, payload) => {
    if (event === 'sync.finished') {
      refresh();
      notifier.notify({ ...syncNotification(payload as SyncSummary), onClick: openWindow });
    } else if (event === 'sync.progress' && (payload as { phase: string }).phase === 'starting') {
      refresh();
    }
  });

  return {
    state,
    attach(t: AppTray): void {
      tray = t;
      refresh();
    },
    syncNow(): void {
      const preset = core.services.settings.get().syncDefaultPreset;
      try {
        core.services.sync.start(presetRange(preset, new Date()));
        refresh();
      } catch (e) {
        // Nothing to sync, already running, lock held by the CLI…: say so where the user clicked.
        const body = isAppError(e) ? e.message : 'The sync could not start.';
        notifier.notify({ title: 'Sync not started', body, onClick: openWindow });
      }
    },
    dispose: unsubscribe,
  };
}
