import Store from 'electron-store';
import type { WindowState } from './window-state.js';
import { parseWindowState } from './window-state.js';

/**
 * What electron-store keeps: window placement and UI preferences only. It is a plain JSON file
 * next to the database — never put a token, an email or anything from Jira in it (secrets live in
 * the OS keychain, data in SQLite). Add a UI preference as its own key with a default.
 */
interface SettingsShape extends Record<string, unknown> {
  windowState: WindowState | null;
}

export interface Settings {
  windowState(): WindowState | null;
  saveWindowState(state: WindowState): void;
}

export const SETTINGS_FILE_NAME = 'settings';

export function createSettings(dataDir: string): Settings {
  const store = new Store<SettingsShape>({
    name: SETTINGS_FILE_NAME,
    // Explicit, not app.getPath('userData'): the same folder as the database, whatever sets it.
    cwd: dataDir,
    defaults: { windowState: null },
    // A corrupt settings file only loses the window position; it must never block startup.
    clearInvalidConfig: true,
  });
  return {
    windowState: () => parseWindowState(store.get('windowState')),
    saveWindowState: (state) => store.set('windowState', state),
  };
}
