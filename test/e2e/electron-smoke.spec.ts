/**
 * Smoke test of the packaged shape: the built main bundle starts, opens a sandboxed window on
 * app://, and the page sees `window.api` and no Node. Needs `npm run build` first and a real
 * Electron binary, which npm does not ship: node_modules/electron downloads it from GitHub on
 * first use. Where it is missing the test reports itself skipped, with the reason.
 *
 * Independent of the browser fixture: it drives Electron through Playwright's `_electron`.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { _electron as electron } from 'playwright';
import { CHANNEL_NAMES } from '../../shared/channel-names.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const mainBundle = path.join(root, 'dist', 'main', 'index.cjs');

/**
 * Where `require('electron')` would point, without calling it: that call starts a download from
 * GitHub when the binary is missing, which a test must not do behind the user's back.
 */
function installedElectron(): string | null {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const binary = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist'), relative);
  return fs.existsSync(binary) ? binary : null;
}

const electronBinary = installedElectron();

test.describe('Electron smoke', () => {
  test.skip(
    electronBinary === null,
    'No Electron binary installed (node_modules/electron/dist is missing: it is downloaded from GitHub on first run, which this machine cannot reach). The shell is covered by test/unit/electron; run this where `npx electron --version` works.',
  );

  test('opens a sandboxed window on app:// exposing window.api and no Node', async () => {
    expect(fs.existsSync(mainBundle), `${mainBundle} is missing: run \`npm run build\` first`).toBe(true);
    // Electron loads its own build of better-sqlite3 (node_modules holds Node's); `npm start` makes it.
    const electronVersion = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
    const binding = path.join(root, '.electron-native', electronVersion, `${process.platform}-${process.arch}`, 'better_sqlite3.node');
    expect(fs.existsSync(binding), `${binding} is missing: run \`npm start\` once, which builds it`).toBe(true);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wd-e2e-electron-'));
    const args = [mainBundle];
    // Chromium refuses to start as root with its OS sandbox on (CI containers); the renderer
    // still runs with Electron's sandbox: true, so no Node in the page either way.
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    // ELECTRON_RUN_AS_NODE (set by some tools) would start the binary as plain Node.
    const { ELECTRON_RUN_AS_NODE: _asNode, ...env } = process.env;
    const app = await electron.launch({
      executablePath: electronBinary!,
      args,
      env: { ...env, WORKLOG_DESK_DATA_DIR: dataDir },
      timeout: 60_000,
    });
    try {
      const window = await app.firstWindow();
      await window.waitForLoadState('domcontentloaded');
      expect(window.url()).toMatch(/^app:\/\/worklog-desk\//);

      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');

      const apiKeys = await window.evaluate(() => Object.keys((globalThis as unknown as { api: object }).api).sort());
      expect(apiKeys).toEqual([...CHANNEL_NAMES, 'on'].sort());

      // A real round trip through preload → ipc-server (sender check) → core.
      const info = await window.evaluate(() => (globalThis as unknown as { api: Record<string, (i: object) => Promise<unknown>> }).api['app.info']!({}));
      expect(info).toMatchObject({ ok: true, value: { host: 'electron', dataDir } });

      expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(dataDir);
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
