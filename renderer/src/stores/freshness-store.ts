import { create } from 'zustand';
import type { SyncFreshness } from '../../../shared/domain/freshness';
import { call, on } from '../api';
import { errorMessage } from '../api-error';
import { useSessionStore } from './session-store';

interface FreshnessState {
  data: SyncFreshness | null;
  error: string | null;
  load(): Promise<void>;
}

let generation = 0;

/** When each instance last synced, from main's sync history (the header strip reads it). */
export const useFreshnessStore = create<FreshnessState>((set) => ({
  data: null,
  error: null,
  load: async () => {
    const mine = ++generation;
    try {
      const data = await call('sync.freshness');
      if (mine === generation) set({ data, error: null });
    } catch (e) {
      // Keep what was shown: an old answer is better than none while main is busy or reconnecting.
      if (mine === generation) set({ error: errorMessage(e) });
    }
  },
}));

/**
 * Loads freshness and reloads it whenever it can have changed: a sync finished (here, in the tray,
 * in the background), the settings changed (the stale threshold), instances were added or renamed,
 * or the browser host's event stream came back (events sent meanwhile are lost).
 */
export function startFreshnessSync(): () => void {
  const reload = (): void => void useFreshnessStore.getState().load();
  reload();
  const stops = [on('sync.finished', reload), on('settings.changed', reload), on('instances.changed', reload)];
  let previous = useSessionStore.getState().connection;
  stops.push(
    useSessionStore.subscribe((state) => {
      if (state.connection === 'open' && previous === 'lost') reload();
      previous = state.connection;
    }),
  );
  return () => stops.forEach((stop) => stop());
}
