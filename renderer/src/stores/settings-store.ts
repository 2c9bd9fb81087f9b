import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract';
import type { AppSettings } from '../../../shared/domain/settings';
import { call, on } from '../api';
import type { Loadable } from './newest-load';
import { newestLoad } from './newest-load';

interface SettingsState extends Loadable {
  settings: AppSettings | null;
  load(): Promise<void>;
  /** Saves the fields given; throws an ApiError (plain words) when main refuses. */
  update(patch: ChannelInput<'settings.update'>): Promise<AppSettings>;
}

const loads = newestLoad();

/** The user's settings kept in the database (shared with the tray and the CLI). */
export const useSettingsStore = create<SettingsState>((set) => ({
  settings: null,
  status: 'idle',
  error: null,
  load: () => loads.load(set, () => call('settings.get'), (settings) => set({ settings, status: 'ready', error: null })),
  update: async (patch) => {
    loads.supersede();
    const settings = await call('settings.update', patch);
    set({ settings, status: 'ready', error: null });
    return settings;
  },
}));

/** Loads the settings and follows settings.changed (another window, the CLI, the tray). */
export function startSettingsSync(): () => void {
  void useSettingsStore.getState().load();
  return on('settings.changed', (settings) => {
    loads.supersede();
    useSettingsStore.setState({ settings, status: 'ready', error: null });
  });
}
