import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../main/core/errors.js';
import { app, dialog, protocol, resetElectronFake, session } from './electron-fake.js';

vi.mock('electron', () => import('./electron-fake.js'));

const lifecycle = await import('../../../main/electron/lifecycle.js');

beforeEach(() => resetElectronFake());

describe('before ready', () => {
  it('sets userData to the shared data folder before taking the single-instance lock', () => {
    lifecycle.prepareApp('/home/lead/.config/Worklog Desk', { openExternal: vi.fn() });
    expect(lifecycle.claimSingleInstance(vi.fn())).toBe(true);
    expect(app.getPath('userData')).toBe('/home/lead/.config/Worklog Desk');
    const setUserData = app.calls.indexOf('setPath:userData');
    expect(setUserData).toBeGreaterThanOrEqual(0);
    expect(setUserData).toBeLessThan(app.calls.indexOf('requestSingleInstanceLock'));
    expect(app.calls).toContain('enableSandbox');
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(app.listenerCount('web-contents-created')).toBe(1);
  });

  it('hands a second launch to the running instance', () => {
    const focus = vi.fn();
    expect(lifecycle.claimSingleInstance(focus)).toBe(true);
    app.emit('second-instance', {}, ['worklog-desk'], '/');
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('reports when another instance already runs', () => {
    app.lockGranted = false;
    expect(lifecycle.claimSingleInstance(vi.fn())).toBe(false);
    expect(app.listenerCount('second-instance')).toBe(0);
  });
});

describe('ready', () => {
  it('hardens the session and serves the renderer once ready', async () => {
    await lifecycle.whenReady('/app/dist/renderer');
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('startup failure', () => {
  it('shows the plain AppError message and exits non-zero', () => {
    const error = new AppError('database', 'This database was written by a newer Worklog Desk (schema 9). Update the app.');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    lifecycle.failStartup(error, '/data');
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Worklog Desk could not start', 'This database was written by a newer Worklog Desk (schema 9). Update the app.');
    expect(app.exit).toHaveBeenCalledWith(1);
  });

  it('names the data folder for an unexpected error', () => {
    expect(lifecycle.startupFailureMessage(new Error('EACCES'), '/data')).toContain('/data');
    expect(lifecycle.startupFailureMessage(new AppError('keychain', 'Unlock your keyring.'), '/data')).toBe('Unlock your keyring.');
  });
});

describe('quit', () => {
  it('runs the shutdown hook once, and quits on last window closed except on macOS', () => {
    const hooks = { onActivate: vi.fn(), onWillQuit: vi.fn() };
    lifecycle.wireLifecycle(hooks);
    app.emit('will-quit', {});
    app.emit('will-quit', {});
    expect(hooks.onWillQuit).toHaveBeenCalledTimes(1);
    app.emit('activate');
    expect(hooks.onActivate).toHaveBeenCalledTimes(1);
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
