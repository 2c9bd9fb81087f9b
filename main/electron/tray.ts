import type { Menu, MenuItemConstructorOptions, Tray } from 'electron';
import { Menu as ElectronMenu, Tray as ElectronTray, nativeImage } from 'electron';

export interface TrayActions {
  open(): void;
  syncNow(): void;
  /** Opens the Timesheet on the people the morning reminder counted. */
  openBehind?(): void;
  quit(): void;
}

/** What the tray shows: whether a sync runs now, how the last one ended, the team's hours, the next background sync. */
export interface TrayState {
  syncing: boolean;
  /** e.g. "Last sync 09:41 — ok", "Last sync 09:41 — failed: Globex"; "Not synced yet". */
  lastSync: string;
  /** e.g. "Today 37.5 h · This week 152 h (team)". */
  hours: string;
  /** e.g. "Next background sync 13:41"; null when background sync is off (or running). */
  nextSync: string | null;
  /** The morning reminder's count, e.g. "3 people behind for yesterday"; absent or null when it is off or has not fired today. */
  behind?: string | null;
}

export const TRAY_TOOLTIP = 'Worklog Desk';

export function trayTooltip(state: TrayState): string {
  return `${TRAY_TOOLTIP} — ${state.syncing ? 'syncing…' : state.lastSync}`;
}

export function trayMenuTemplate(actions: TrayActions, state: TrayState): MenuItemConstructorOptions[] {
  return [
    { id: 'open', label: 'Open Worklog Desk', click: () => actions.open() },
    { type: 'separator' },
    { id: 'last-sync', label: state.lastSync, enabled: false },
    { id: 'hours', label: state.hours, enabled: false },
    ...(state.behind ? [{ id: 'behind', label: state.behind, click: () => actions.openBehind?.() }] : []),
    state.syncing
      ? { id: 'sync-now', label: 'Syncing…', enabled: false }
      : { id: 'sync-now', label: 'Sync now', click: () => actions.syncNow() },
    ...(state.nextSync ? [{ id: 'next-sync', label: state.nextSync, enabled: false }] : []),
    { type: 'separator' },
    { id: 'quit', label: 'Quit', click: () => actions.quit() },
  ];
}

export interface TrayDeps {
  /** Injected so tests (and platforms without a tray) can supply their own. */
  createTray?: (iconPath: string | undefined) => Tray;
  buildMenu?: (template: MenuItemConstructorOptions[]) => Menu;
}

export interface AppTray {
  update(state: TrayState): void;
  destroy(): void;
}

function defaultCreateTray(iconPath: string | undefined): Tray {
  const image = iconPath ? nativeImage.createFromPath(iconPath) : nativeImage.createEmpty();
  return new ElectronTray(image);
}

export function createAppTray(iconPath: string | undefined, actions: TrayActions, initial: TrayState, deps: TrayDeps = {}): AppTray {
  const tray = (deps.createTray ?? defaultCreateTray)(iconPath);
  const build = deps.buildMenu ?? ((t) => ElectronMenu.buildFromTemplate(t));
  const update = (state: TrayState): void => {
    tray.setToolTip(trayTooltip(state));
    // Menus are immutable once built in Electron: a new one per state is the supported way.
    tray.setContextMenu(build(trayMenuTemplate(actions, state)));
  };
  update(initial);
  // Windows and macOS report a plain click; Linux (AppIndicator) only ever opens the menu.
  tray.on('click', () => actions.open());
  return { update, destroy: () => tray.destroy() };
}
