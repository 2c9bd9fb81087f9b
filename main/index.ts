/**
 * Electron composition root: the order of startup and the wiring, nothing else. Electron itself is
 * only touched through main/electron. The bundle is CommonJS (scripts/build.mjs), so `__dirname`
 * is dist/main at run time, both from the repository and inside the packaged asar.
 */
import path from 'node:path';
import type { AppCore } from './core/app-core.js';
import { createAppCore } from './core/app-core.js';
import { APP_NAME } from './core/app-version.js';
import { resolveDataDir } from './core/data-dir.js';
import { electronSqliteBinding } from './core/native/electron-sqlite-binding.js';
import { startBackgroundSync } from './core/sync/background-sync.js';
import { startIpcServer } from './electron/ipc-server.js';
import {
  claimSingleInstance,
  exportHost,
  failStartup,
  isPackaged,
  netFetch,
  openExternal,
  prepareApp,
  quitApp,
  whenReady,
  wireLifecycle,
} from './electron/lifecycle.js';
import { installApplicationMenu } from './electron/menu.js';
import { createSettings } from './electron/settings.js';
import { wireMorningNudge } from './electron/morning-nudge.js';
import { createNotifier } from './electron/notifications.js';
import { createAppTray } from './electron/tray.js';
import { wireTraySync } from './electron/tray-sync.js';
import type { MainWindowController } from './electron/window.js';
import { createMainWindowController } from './electron/window.js';

const distDir = path.resolve(__dirname, '..');
const appRoot = path.resolve(distDir, '..');
const paths = {
  preload: path.join(distDir, 'preload', 'index.cjs'),
  renderer: path.join(distDir, 'renderer'),
  icon: path.join(appRoot, 'build', 'icon.png'),
  trayIcon: path.join(appRoot, 'build', 'tray-icon.png'),
};

const dataDir = resolveDataDir();
let windows: MainWindowController | undefined;

prepareApp(dataDir, { openExternal });

// A second launch (double-clicked again, or the CLI's "open") focuses the running app instead.
if (claimSingleInstance(() => windows?.show())) {
  void start();
} else {
  quitApp();
}

async function start(): Promise<void> {
  let core: AppCore | undefined;
  try {
    await whenReady(paths.renderer);
    // Electron can't load node_modules' better-sqlite3 (built for Node's ABI): use its own build.
    const sqliteBinding = electronSqliteBinding({
      electronVersion: process.versions.electron,
      packaged: isPackaged(),
      resourcesPath: process.resourcesPath,
      appRoot,
      platform: process.platform,
      arch: process.arch,
    });
    // Throws AppError for a database written by a newer version, a locked or unreadable file, …
    core = createAppCore({ host: 'electron', dataDir, fetch: netFetch, openExternal, ...exportHost(() => windows?.windows() ?? []), ...(sqliteBinding ? { sqliteBinding } : {}), appRoot });
    const log = core.log;
    const controller = createMainWindowController({ preloadPath: paths.preload, iconPath: paths.icon, settings: createSettings(dataDir), log });
    windows = controller;
    const ipc = startIpcServer({ core, getWindows: () => controller.windows(), log });
    controller.show();
    const background = startBackgroundSync(core);
    const notifier = createNotifier(paths.icon);
    const events = core.events;
    // A window already open is told where to go (no reload); a new one loads at the page.
    const nudge = wireMorningNudge(core, notifier, (hash) => {
      if (!controller.showAt(hash)) events.emit('app.navigate', { hash });
    });
    const traySync = wireTraySync(core, notifier, () => controller.show(), { background, nudge });
    const tray = createAppTray(paths.trayIcon, { open: () => controller.show(), syncNow: () => traySync.syncNow(), openBehind: () => nudge.openBehind(), quit: quitApp }, traySync.state());
    traySync.attach(tray);
    installApplicationMenu({ platform: process.platform, appName: APP_NAME, isPackaged: isPackaged(), dataDir, logDir: path.dirname(log.file), log });
    const running = core;
    wireLifecycle({
      onActivate: () => controller.show(),
      onWillQuit: () => {
        ipc.dispose();
        background.dispose();
        traySync.dispose();
        nudge.dispose();
        running.services.sync.cancel();
        tray.destroy();
        running.close();
        log.info('core stopped');
      },
    });
  } catch (error) {
    core?.close();
    failStartup(error, dataDir);
  }
}
