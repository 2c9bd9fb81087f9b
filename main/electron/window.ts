import { BrowserWindow, screen } from 'electron';
import type { Logger } from '../core/ports.js';
import { APP_ENTRY_URL } from './app-origin.js';
import type { Settings } from './settings.js';
import type { Rect } from './window-state.js';
import { MIN_SIZE, restorePlacement } from './window-state.js';

export interface MainWindowOptions {
  /** Absolute path of dist/preload/index.cjs. */
  preloadPath: string;
  iconPath?: string;
  settings: Settings;
  log?: Pick<Logger, 'warn' | 'error'>;
  /** Only tests point this elsewhere. */
  url?: string;
}

function workAreas(): Rect[] {
  // Primary first: an off-screen window falls back to a size that fits the primary display.
  return [screen.getPrimaryDisplay().workArea, ...screen.getAllDisplays().map((d) => d.workArea)];
}

/**
 * The renderer is a web page with no Node: sandboxed, isolated from the preload's world, no
 * <webview>, no Node in workers or subframes, no middle-click "open in new window". Everything it
 * may do goes through `window.api`. The options are written out here, in the constructor call, so
 * that scanners (npm run security) can see them.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { maximized, ...bounds } = restorePlacement(options.settings.windowState(), workAreas());
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Worklog Desk',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#f5f6f8',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      // electronegativity-ignore: PRELOAD_JS_CHECK — reviewed: preload/index.ts exposes one invoke per contract channel and an allowlisted `on`, never ipcRenderer or Node.
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      // Jira summaries are in many languages; red squiggles on read-only text are noise.
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    options.settings.saveWindowState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    options.log?.error('renderer process gone', { reason: details.reason, exitCode: details.exitCode });
  });
  window.loadURL(options.url ?? APP_ENTRY_URL).catch((e: unknown) => options.log?.error('could not load the app page', { error: e }));
  return window;
}

export interface MainWindowController {
  /** Focuses the main window, creating it when there is none (second launch, tray, dock click). */
  show(): void;
  /**
   * Shows the window on a page (a hash route such as the Timesheet on the people behind). A new
   * window loads at it and true is returned; an open one is only focused (false): the caller tells
   * its page where to go (the app.navigate event), so nothing it holds is reloaded.
   */
  showAt(hash: string): boolean;
  windows(): readonly BrowserWindow[];
}

export function createMainWindowController(options: MainWindowOptions): MainWindowController {
  let current: BrowserWindow | null = null;
  const alive = (): BrowserWindow | null => (current && !current.isDestroyed() ? current : null);
  /** True when a window had to be created (at `url`). */
  const open = (url?: string): boolean => {
    const existing = alive();
    if (existing) {
      if (existing.isMinimized()) existing.restore();
      existing.show();
      existing.focus();
      return false;
    }
    const created = createMainWindow(url ? { ...options, url } : options);
    created.on('closed', () => {
      if (current === created) current = null;
    });
    current = created;
    return true;
  };
  return {
    show() {
      open();
    },
    showAt(hash) {
      return open(`${options.url ?? APP_ENTRY_URL}${hash}`);
    },
    windows: () => {
      const window = alive();
      return window ? [window] : [];
    },
  };
}
