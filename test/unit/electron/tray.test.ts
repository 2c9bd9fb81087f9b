import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Menu, MenuItemConstructorOptions, Tray as ElectronTray } from 'electron';
import { Tray, nativeImage, resetElectronFake } from './electron-fake.js';

vi.mock('electron', () => import('./electron-fake.js'));

const { createAppTray, trayMenuTemplate, trayTooltip } = await import('../../../main/electron/tray.js');

beforeEach(() => resetElectronFake());

const HOURS = 'Today 37.5 h · This week 152 h (team)';
const IDLE = { syncing: false, lastSync: 'Last sync 09:41 — ok', hours: HOURS, nextSync: null };

function setup(initial = IDLE) {
  const actions = { open: vi.fn(), syncNow: vi.fn(), openBehind: vi.fn(), quit: vi.fn() };
  const created: string[] = [];
  let template: MenuItemConstructorOptions[] = [];
  const tray = new Tray('icon');
  const appTray = createAppTray('/icons/tray.png', actions, initial, {
    createTray: (icon: string | undefined) => {
      created.push(String(icon));
      return tray as unknown as ElectronTray;
    },
    buildMenu: (t: MenuItemConstructorOptions[]) => {
      template = t;
      return { items: t } as unknown as Menu;
    },
  });
  const item = (id: string) => template.find((i) => i.id === id);
  return { actions, created, tray, appTray, template: () => template, item };
}

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as () => void)();

describe('tray', () => {
  it('is made by the injected factory with the icon, a tooltip with the last sync, and the menu', () => {
    const { created, tray, template } = setup();
    expect(created).toEqual(['/icons/tray.png']);
    expect(tray.setToolTip).toHaveBeenCalledWith('Worklog Desk — Last sync 09:41 — ok');
    expect(tray.setContextMenu).toHaveBeenCalledWith({ items: template() });
  });

  it('offers Open, the last sync, the team’s hours, Sync now and Quit', () => {
    const { template, item } = setup();
    expect(template().map((i) => i.label ?? i.type)).toEqual(['Open Worklog Desk', 'separator', IDLE.lastSync, HOURS, 'Sync now', 'separator', 'Quit']);
    expect(item('last-sync')).toMatchObject({ enabled: false });
    expect(item('hours')).toMatchObject({ enabled: false });
    expect(item('sync-now')?.enabled).not.toBe(false);
    expect(item('next-sync')).toBeUndefined();
  });

  it('shows the next background sync, below Sync now, only when one is planned', () => {
    const { appTray, template, item } = setup();
    appTray.update({ ...IDLE, nextSync: 'Next background sync 13:41' });
    expect(template().map((i) => i.label ?? i.type)).toEqual(['Open Worklog Desk', 'separator', IDLE.lastSync, HOURS, 'Sync now', 'Next background sync 13:41', 'separator', 'Quit']);
    expect(item('next-sync')).toMatchObject({ enabled: false });
    appTray.update(IDLE);
    expect(item('next-sync')).toBeUndefined();
  });

  it('shows the morning reminder’s count below the hours, only when there is one; a click opens those people', () => {
    const { appTray, template, item, actions } = setup();
    appTray.update({ ...IDLE, behind: '3 people behind for yesterday' });
    expect(template().map((i) => i.label ?? i.type)).toEqual(['Open Worklog Desk', 'separator', IDLE.lastSync, HOURS, '3 people behind for yesterday', 'Sync now', 'separator', 'Quit']);
    click(item('behind'));
    expect(actions.openBehind).toHaveBeenCalledTimes(1);
    appTray.update({ ...IDLE, behind: null });
    expect(item('behind')).toBeUndefined();
  });

  it('wires Open, Sync now, Quit and a click on the icon', () => {
    const { actions, item, tray } = setup();
    click(item('open'));
    click(item('sync-now'));
    click(item('quit'));
    tray.emit('click');
    expect(actions.open).toHaveBeenCalledTimes(2);
    expect(actions.syncNow).toHaveBeenCalledTimes(1);
    expect(actions.quit).toHaveBeenCalledTimes(1);
  });

  it('while syncing, shows "Syncing…" disabled and says so in the tooltip; then returns to idle', () => {
    const { appTray, item, tray } = setup();
    appTray.update({ ...IDLE, syncing: true });
    expect(item('sync-now')).toMatchObject({ label: 'Syncing…', enabled: false });
    expect(item('sync-now')?.click).toBeUndefined();
    expect(tray.setToolTip).toHaveBeenLastCalledWith('Worklog Desk — syncing…');
    appTray.update({ ...IDLE, lastSync: 'Last sync 10:00 — failed: Globex', hours: 'Today 40 h · This week 154.5 h (everyone)' });
    expect(item('sync-now')).toMatchObject({ label: 'Sync now' });
    expect(item('last-sync')?.label).toBe('Last sync 10:00 — failed: Globex');
    expect(item('hours')?.label).toBe('Today 40 h · This week 154.5 h (everyone)');
  });

  it('defaults to a real Tray from the icon file', () => {
    createAppTray('/icons/tray.png', { open: vi.fn(), syncNow: vi.fn(), quit: vi.fn() }, IDLE);
    expect(nativeImage.createFromPath).toHaveBeenCalledWith('/icons/tray.png');
    expect(Tray.instances[0]?.image).toEqual({ path: '/icons/tray.png' });
  });

  it('keeps the template and tooltip free of side effects', () => {
    const actions = { open: vi.fn(), syncNow: vi.fn(), openBehind: vi.fn(), quit: vi.fn() };
    trayMenuTemplate(actions, IDLE);
    expect(trayTooltip({ ...IDLE, lastSync: 'Not synced yet' })).toBe('Worklog Desk — Not synced yet');
    expect(actions.open).not.toHaveBeenCalled();
    expect(actions.syncNow).not.toHaveBeenCalled();
  });
});
