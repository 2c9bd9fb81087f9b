import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { Menu, resetElectronFake, shell } from './electron-fake.js';

vi.mock('electron', () => import('./electron-fake.js'));

const { applicationMenuTemplate, installApplicationMenu } = await import('../../../main/electron/menu.js');

const noop = { openDataFolder: vi.fn(), openLogFolder: vi.fn() };
const labels = (t: MenuItemConstructorOptions[]) => t.map((i) => i.label);
const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];

beforeEach(() => resetElectronFake());

describe('application menu', () => {
  it('has File, Edit, View, Window and Help with standard roles', () => {
    const t = applicationMenuTemplate({ platform: 'linux', appName: 'Worklog Desk', isPackaged: true }, noop);
    expect(labels(t)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(t.map((i) => i.role)).toEqual(['fileMenu', 'editMenu', undefined, 'windowMenu', 'help']);
    expect(submenu(t[2]).map((i) => i.role).filter(Boolean)).toEqual(['reload', 'forceReload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('adds the app menu first on macOS', () => {
    const t = applicationMenuTemplate({ platform: 'darwin', appName: 'Worklog Desk', isPackaged: true }, noop);
    expect(t[0]).toMatchObject({ label: 'Worklog Desk', role: 'appMenu' });
    expect(labels(t).slice(1)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('offers developer tools only when not packaged', () => {
    const dev = applicationMenuTemplate({ platform: 'linux', appName: 'x', isPackaged: false }, noop);
    const prod = applicationMenuTemplate({ platform: 'linux', appName: 'x', isPackaged: true }, noop);
    expect(submenu(dev[2]).some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(submenu(prod[2]).some((i) => i.role === 'toggleDevTools')).toBe(false);
  });

  it('opens the data and log folders from Help', async () => {
    installApplicationMenu({ platform: 'linux', appName: 'Worklog Desk', isPackaged: true, dataDir: '/data', logDir: '/data/logs' });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    const help = submenu(template.find((i) => i.label === 'Help'));
    expect(help.map((i) => i.label)).toEqual(['Open data folder', 'Open log folder']);
    (help[0]?.click as unknown as () => void)();
    (help[1]?.click as unknown as () => void)();
    expect(shell.openPath.mock.calls).toEqual([['/data'], ['/data/logs']]);
  });

  it('logs when the folder cannot be opened', async () => {
    shell.openPath.mockResolvedValueOnce('No application is registered');
    const warn = vi.fn();
    installApplicationMenu({ platform: 'linux', appName: 'x', isPackaged: true, dataDir: '/data', logDir: '/data/logs', log: { warn } });
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    (submenu(template.find((i) => i.label === 'Help'))[0]?.click as unknown as () => void)();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('could not open folder', { folder: '/data', error: 'No application is registered' }));
  });
});
