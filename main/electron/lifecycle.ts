import path from 'node:path';
import type { BrowserWindow as BrowserWindowType } from 'electron';
import { app, BrowserWindow, dialog, net, protocol, session, shell } from 'electron';
import { APP_NAME } from '../core/app-version.js';
import { isAppError } from '../core/errors.js';
import type { ChooseExportPath, Fetch } from '../core/ports.js';
import { registerAppScheme, serveAppProtocol } from './app-protocol.js';
import { createExportDialog, createShowItemInFolder } from './export-dialog.js';
import { createNetFetch } from './net-fetch.js';
import { createOpenExternal } from './open-external.js';
import type { GuardDeps } from './security.js';
import { guardAllWebContents, hardenSession } from './security.js';

/**
 * The app-wide Electron calls main/index.ts makes, kept here so that main/electron stays the only
 * place importing 'electron' and index.ts reads as the order of startup.
 */

export const APP_ID = 'app.worklogdesk.desktop';

/**
 * Everything that must happen before `ready`. userData comes first: the single-instance lock lives
 * in it, and the CLI resolves the very same folder. Chromium's own caches go to a subfolder so the
 * data folder the user opens from Help stays readable.
 */
export function prepareApp(dataDir: string, guards: GuardDeps): void {
  // Started as `electron dist/main/index.cjs` (tests) the name would be "Electron".
  app.setName(APP_NAME);
  app.setPath('userData', dataDir);
  app.setPath('sessionData', path.join(dataDir, 'chromium'));
  // Every renderer sandboxed, including any a future change forgets to configure.
  app.enableSandbox();
  registerAppScheme(protocol);
  guardAllWebContents(app, guards);
  // Windows shows notifications only for an app with an id, and it must match the installer's.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
}

/** False when another instance holds the lock; that one is told to show its window instead. */
export function claimSingleInstance(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => onSecondInstance());
  return true;
}

export async function whenReady(rendererDir: string): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  serveAppProtocol(protocol, rendererDir);
}

export const openExternal = createOpenExternal(shell);

/** Exports: a save dialog modal to the focused window (or ours), first in Documents; "Show in folder" through the OS shell. */
export function exportHost(windows: () => readonly BrowserWindowType[]): { chooseExportPath: ChooseExportPath; showItemInFolder: (file: string) => void } {
  return {
    chooseExportPath: createExportDialog({ dialog, window: () => BrowserWindow.getFocusedWindow() ?? windows()[0] ?? null, defaultFolder: () => app.getPath('documents') }),
    showItemInFolder: createShowItemInFolder(shell),
  };
}
export const netFetch: Fetch = createNetFetch(net);

/** The message for a start that failed: AppError messages are written for the user already. */
export function startupFailureMessage(error: unknown, dataDir: string): string {
  if (isAppError(error)) return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  return `Something unexpected went wrong: ${reason}\n\nThe data folder is ${dataDir}; its logs folder may say more.`;
}

/** Shows the reason in a native dialog (works before any window exists) and exits non-zero. */
export function failStartup(error: unknown, dataDir: string): void {
  console.error('startup failed', error);
  dialog.showErrorBox('Worklog Desk could not start', startupFailureMessage(error, dataDir));
  app.exit(1);
}

export interface LifecycleHooks {
  /** macOS: the dock icon was clicked with no window open. */
  onActivate(): void;
  /** Runs once on the way out, after every window closed: close the database here. */
  onWillQuit(): void;
}

export function wireLifecycle(hooks: LifecycleHooks): void {
  // On macOS an app stays alive without windows, by convention; elsewhere closing the window quits.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => hooks.onActivate());
  let done = false;
  app.on('will-quit', () => {
    if (done) return;
    done = true;
    hooks.onWillQuit();
  });
}

export function quitApp(): void {
  app.quit();
}

export function isPackaged(): boolean {
  return app.isPackaged;
}
