import os from 'node:os';
import path from 'node:path';

/** The product name Electron derives userData from; the CLI must land in the very same folder. */
export const APP_FOLDER_NAME = 'Worklog Desk';
export const DATA_DIR_ENV = 'WORKLOG_DESK_DATA_DIR';

/**
 * Where the database, settings and logs live. Mirrors Electron's `app.getPath('userData')` for an app
 * named "Worklog Desk" so the CLI and the desktop app share one database; the Electron main process
 * also sets userData to this value so the two can never drift apart.
 */
export function resolveDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const override = env[DATA_DIR_ENV]?.trim();
  if (override) return path.resolve(override);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  if (platform === 'win32') {
    const appData = env.APPDATA?.trim() || path.join(home, 'AppData', 'Roaming');
    return path.join(appData, APP_FOLDER_NAME);
  }
  const config = env.XDG_CONFIG_HOME?.trim() || path.join(home, '.config');
  return path.join(config, APP_FOLDER_NAME);
}

export const DATABASE_FILE = 'worklog-desk.sqlite';
export const LOG_FOLDER = 'logs';
