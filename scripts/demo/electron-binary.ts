import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Electron binary if it is installed, else null — without downloading it. The package's own
 * entry (`require('electron')`) fetches the ~100 MB binary from GitHub when it is missing; a demo
 * should not, so this reads the same path.txt the package writes after a successful install.
 */
export function installedElectronBinary(root: string, env: NodeJS.ProcessEnv = process.env): string | null {
  let pkgDir: string;
  try {
    pkgDir = path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  // As the package itself resolves it (node_modules/electron/index.js), override included.
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative || 'electron') : relative ? path.join(pkgDir, 'dist', relative) : null;
  return binary !== null && fs.existsSync(binary) ? binary : null;
}
