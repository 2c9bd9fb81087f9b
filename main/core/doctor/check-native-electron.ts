import fs from 'node:fs';
import path from 'node:path';
import type { DoctorCheck } from '../../../shared/domain/doctor.js';
import { electronBindingStatus } from '../native/electron-binding-status.js';
import { installedVersion } from '../native/electron-native-layout.js';
import type { RuntimeVersions } from './check-native-node.js';
import { fail, info, pass } from './doctor-check.js';

const TITLE = 'Native modules for Electron';

/** node_modules/electron downloads its binary on first use; path.txt names it once it is there. */
function electronBinaryInstalled(appRoot: string): boolean {
  const dir = path.join(appRoot, 'node_modules', 'electron');
  try {
    return fs.existsSync(path.join(dir, 'dist', fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim()));
  } catch {
    return false;
  }
}

/**
 * Is better-sqlite3 built for the installed Electron (`.electron-native/<version>/`)? Inside the
 * desktop app the answer is simply yes: the database could not have opened otherwise.
 */
export function checkNativeElectron(appRoot: string, runtime: RuntimeVersions, platform: string = process.platform, arch: string = process.arch): DoctorCheck {
  if (runtime.electron) {
    return pass('native.electron', TITLE, `The desktop app runs Electron ${runtime.electron} with its own build of the database engine (ABI ${runtime.modules}).`);
  }
  const electronVersion = installedVersion(appRoot, 'electron');
  const betterSqlite3 = installedVersion(appRoot, 'better-sqlite3');
  if (!electronVersion) return info('native.electron', TITLE, 'Electron is not installed here; the command line and the browser host do not need it.');
  if (!betterSqlite3) return fail('native.electron', TITLE, 'better-sqlite3 is not installed: run `npm ci`.');
  const status = electronBindingStatus(appRoot, { electronVersion, platform, arch, betterSqlite3, nodeAbi: Number(runtime.modules) });
  if (status.state === 'ready') {
    return pass('native.electron', TITLE, `The database engine is built for the installed Electron ${electronVersion} (ABI ${status.abi}) in ${path.relative(appRoot, path.dirname(status.file))}.`);
  }
  if (!electronBinaryInstalled(appRoot)) {
    return info(
      'native.electron',
      TITLE,
      `Electron ${electronVersion}'s binary is not downloaded on this machine, so the desktop app can't run here, and its database engine is not ready either (${status.reason}). \`npm start\` downloads and builds both where the internet is reachable; \`npm run web\` runs the app meanwhile.`,
    );
  }
  return fail('native.electron', TITLE, `The database engine for Electron ${electronVersion} is not ready (${status.reason}). Run \`npm start\`, which builds it once (it needs the internet for Electron's headers).`);
}
