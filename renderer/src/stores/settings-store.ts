import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract';
import type { AppSettings } from '../../../shared/domain/settings';
import { call, on } from '../api';
import { errorMessage } from '../api-error';

interface SettingsState {
  settings: AppSettings | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  load(): Promise<void>;
  /** Saves the fields given; throws an ApiError (plain words) when main refuses. */
  update(patch: ChannelInput<'settings.update'>): Promise<AppSettings>;
}

let generation = 0;

/** The user's settings kept in the database (shared with the tray and the CLI). */
export const useSettingsStore = create<SettingsState>((set) => ({
  settings: null,
  status: 'idle',
  error: null,
  load: async () => {
    const mine = ++generation;
    set((s) => ({ status: s.status === 'ready' ? 'ready' : 'loading' }));
    try {
      const settings = await call('settings.get');
      if (mine === generation) set({ settings, status: 'ready', error: null });
    } catch (e) {
      if (mine === generation) set({ status: 'error', error: errorMessage(e) });
    }
  },
  update: async (patch) => {
    generation++;
    const settings = await call('settings.update', patch);
    set({ settings, status: 'ready', error: null });
    return settings;
  },
}));

/** Loads the settings and follows settings.changed (another window, the CLI, the tray). */
export function startSettingsSync(): () => void {
  void useSettingsStore.getState().load();
  return on('settings.changed', (settings) => {
    generation++;
    useSettingsStore.setState({ settings, status: 'ready', error: null });
  });
}
