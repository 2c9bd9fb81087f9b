import type { MenuItemConstructorOptions } from 'electron';
import { Menu, shell } from 'electron';
import type { Logger } from '../core/ports.js';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Developer tools only while developing: support asks for the log, not for a console. */
  isPackaged: boolean;
  dataDir: string;
  logDir: string;
  log?: Pick<Logger, 'warn'>;
}

export interface MenuActions {
  openDataFolder(): void;
  openLogFolder(): void;
}

export function applicationMenuTemplate(options: Omit<MenuOptions, 'dataDir' | 'logDir' | 'log'>, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { role: 'forceReload' },
    ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(mac ? [{ label: options.appName, role: 'appMenu' } as const] : []),
    { label: 'File', role: 'fileMenu' },
    { label: 'Edit', role: 'editMenu' },
    { label: 'View', submenu: view },
    { label: 'Window', role: 'windowMenu' },
    {
      label: 'Help',
      role: 'help',
      submenu: [
        { id: 'open-data-folder', label: 'Open data folder', click: () => actions.openDataFolder() },
        { id: 'open-log-folder', label: 'Open log folder', click: () => actions.openLogFolder() },
      ],
    },
  ];
}

/** `shell.openPath` reports failure as a string rather than throwing. */
async function openFolder(folder: string, log?: Pick<Logger, 'warn'>): Promise<void> {
  const error = await shell.openPath(folder);
  if (error) log?.warn('could not open folder', { folder, error });
}

export function installApplicationMenu(options: MenuOptions): void {
  const template = applicationMenuTemplate(options, {
    openDataFolder: () => void openFolder(options.dataDir, options.log),
    openLogFolder: () => void openFolder(options.logDir, options.log),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
