import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';
import { PACKAGED_NATIVE_DIR, SQLITE_BINDING_FILE, electronSqliteBindingFile } from './electron-native-layout.js';

export interface ElectronRuntime {
  /** process.versions.electron: undefined under plain Node (tests, CLI, browser host). */
  electronVersion: string | undefined;
  packaged: boolean;
  /** process.resourcesPath of a packaged app. */
  resourcesPath: string;
  /** The checkout the app runs from (`npm start`). */
  appRoot: string;
  platform: string;
  arch: string;
}

/**
 * The better-sqlite3 binary Electron must load, handed to it as `nativeBinding`: node_modules holds
 * Node's build (a different ABI), so under Electron the database engine comes from the installer's
 * resources or, from a checkout, from .electron-native/ (built by `npm start`). Undefined under
 * plain Node, where node_modules' own build is the right one.
 */
export function electronSqliteBinding(runtime: ElectronRuntime): string | undefined {
  const { electronVersion } = runtime;
  if (!electronVersion) return undefined;
  const file = runtime.packaged
    ? path.join(runtime.resourcesPath, PACKAGED_NATIVE_DIR, SQLITE_BINDING_FILE)
    : electronSqliteBindingFile(runtime.appRoot, { electronVersion, platform: runtime.platform, arch: runtime.arch });
  if (!fs.existsSync(file)) {
    throw new AppError(
      'database',
      runtime.packaged
        ? `This installation of Worklog Desk is incomplete: its database engine (${file}) is missing. Reinstall the app.`
        : `The database engine is not built for Electron ${electronVersion} yet (${file} is missing). Start the app with \`npm start\`, which builds it once.`,
    );
  }
  return file;
}
