import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, resetElectronFake, screen } from './electron-fake.js';

vi.mock('electron', () => import('./electron-fake.js'));

const { createMainWindow, createMainWindowController } = await import('../../../main/electron/window.js');

function fakeSettings(saved: unknown = null) {
  return { windowState: vi.fn(() => saved as never), saveWindowState: vi.fn() };
}

const PRELOAD = '/app/dist/preload/index.cjs';

beforeEach(() => resetElectronFake());

describe('main window', () => {
  it('runs the page sandboxed and isolated, with the preload and nothing of Node', () => {
    createMainWindow({ preloadPath: PRELOAD, settings: fakeSettings() });
    const [window] = FakeBrowserWindow.instances;
    expect(window?.options.webPreferences).toMatchObject({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    });
    expect(String(window?.options.webPreferences?.disableBlinkFeatures)).toContain('Auxclick');
  });

  it('loads the app origin and stays hidden until ready-to-show', () => {
    createMainWindow({ preloadPath: PRELOAD, settings: fakeSettings() });
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://worklog-desk/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('restores saved on-screen bounds and maximized state, and saves them on close', () => {
    const settings = fakeSettings({ bounds: { x: 100, y: 80, width: 1100, height: 760 }, maximized: true });
    createMainWindow({ preloadPath: PRELOAD, settings });
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1100, height: 760 });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
    window.normalBounds = { x: 5, y: 6, width: 1200, height: 800 };
    window.simulateClose();
    expect(settings.saveWindowState).toHaveBeenCalledWith({ bounds: { x: 5, y: 6, width: 1200, height: 800 }, maximized: true });
  });

  it('drops saved bounds that are on a display no longer connected', () => {
    screen.displays = [{ workArea: { x: 0, y: 0, width: 1440, height: 900 } }];
    createMainWindow({ preloadPath: PRELOAD, settings: fakeSettings({ bounds: { x: 2200, y: 100, width: 1200, height: 800 }, maximized: false }) });
    const options = FakeBrowserWindow.instances[0]!.options;
    expect(options.x).toBeUndefined();
    expect(options.y).toBeUndefined();
    expect(options).toMatchObject({ width: 1200, height: 800 });
  });
});

describe('main window controller', () => {
  it('keeps a single window: a second show focuses it, a closed one is recreated', () => {
    const controller = createMainWindowController({ preloadPath: PRELOAD, settings: fakeSettings() });
    expect(controller.windows()).toHaveLength(0);
    controller.show();
    controller.show();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const first = FakeBrowserWindow.instances[0]!;
    expect(first.focus).toHaveBeenCalledTimes(1);
    expect(controller.windows()).toEqual([first]);

    first.minimized = true;
    controller.show();
    expect(first.restore).toHaveBeenCalled();

    first.simulateClose();
    expect(controller.windows()).toHaveLength(0);
    controller.show();
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(controller.windows()).toEqual([FakeBrowserWindow.instances[1]]);
  });

  it('showAt: a new window loads at the page; an open one is only focused, for the caller to tell it where to go', () => {
    const controller = createMainWindowController({ preloadPath: PRELOAD, settings: fakeSettings() });
    expect(controller.showAt('#/timesheet?behind=2026-12-04&person=a')).toBe(true);
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.loadURL).toHaveBeenCalledWith('app://worklog-desk/index.html#/timesheet?behind=2026-12-04&person=a');
    expect(controller.showAt('#/timesheet?behind=2026-12-07&person=b')).toBe(false);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window.loadURL).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
  });
});
