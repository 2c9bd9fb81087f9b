import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { CHANNEL_NAMES } from '../../../shared/channel-names.js';
import { createEventBus } from '../../../main/core/event-bus.js';
import { FakeBrowserWindow, fakeFrame, ipcMain, resetElectronFake } from './electron-fake.js';

vi.mock('electron', () => import('./electron-fake.js'));

const { startIpcServer } = await import('../../../main/electron/ipc-server.js');

function setup() {
  const window = new FakeBrowserWindow({});
  const windows = [window];
  const events = createEventBus();
  const dispatch = vi.fn(async (_channel: unknown, input: unknown) => ({ ok: true as const, value: { echoed: input } }));
  const warn = vi.fn();
  const server = startIpcServer({ core: { dispatch, events }, getWindows: () => windows as unknown as BrowserWindow[], log: { warn, error: vi.fn() } });
  const invoke = (channel: string, event: unknown, input: unknown = {}) => {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, input);
  };
  const fromMainFrame = () => ({ sender: window.webContents, senderFrame: window.webContents.mainFrame });
  return { window, windows, events, dispatch, warn, server, invoke, fromMainFrame };
}

const FORBIDDEN = { ok: false, error: { code: 'forbidden', message: expect.any(String) } };

beforeEach(() => resetElectronFake());

describe('ipc server registration', () => {
  it('registers exactly one wd: handler per contract channel', () => {
    setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((n) => `wd:${n}`).sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(CHANNEL_NAMES.length);
  });

  it('removes every handler and stops forwarding events on dispose', () => {
    const { server, events, window } = setup();
    server.dispose();
    expect(ipcMain.handlers.size).toBe(0);
    events.emit('instances.changed', {});
    expect(window.webContents.send).not.toHaveBeenCalled();
  });
});

describe('ipc sender check', () => {
  it('passes a request from our window main frame to dispatch with its channel and input', async () => {
    const { invoke, dispatch, fromMainFrame } = setup();
    for (const name of CHANNEL_NAMES) {
      await expect(invoke(`wd:${name}`, fromMainFrame(), { n: name })).resolves.toEqual({ ok: true, value: { echoed: { n: name } } });
    }
    expect(dispatch.mock.calls.map((c) => c[0])).toEqual([...CHANNEL_NAMES]);
  });

  it('refuses a WebContents that is not one of our windows', async () => {
    const { invoke, dispatch } = setup();
    const stranger = new FakeBrowserWindow({});
    await expect(invoke('wd:app.info', { sender: stranger.webContents, senderFrame: stranger.webContents.mainFrame })).resolves.toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a subframe of our window, even on our origin', async () => {
    const { invoke, dispatch, window } = setup();
    const child = fakeFrame('app://worklog-desk/embedded.html', window.webContents.mainFrame);
    await expect(invoke('wd:instances.list', { sender: window.webContents, senderFrame: child })).resolves.toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses our main frame once it shows a foreign origin', async () => {
    const { invoke, dispatch, window, fromMainFrame } = setup();
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://other/index.html', 'app://worklog-desk@evil.example/', 'about:blank']) {
      window.webContents.mainFrame.url = url;
      await expect(invoke('wd:instances.remove', fromMainFrame()), url).resolves.toEqual(FORBIDDEN);
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a top-level frame that is not the window main frame', async () => {
    const { invoke, dispatch, window } = setup();
    const other = fakeFrame('app://worklog-desk/index.html');
    await expect(invoke('wd:app.info', { sender: window.webContents, senderFrame: other })).resolves.toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses when the sender frame is gone, destroyed, or throws on access', async () => {
    const { invoke, dispatch, window } = setup();
    await expect(invoke('wd:app.info', { sender: window.webContents, senderFrame: null })).resolves.toEqual(FORBIDDEN);
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
      processId: window.webContents.mainFrame.processId,
      routingId: window.webContents.mainFrame.routingId,
    };
    await expect(invoke('wd:app.info', { sender: window.webContents, senderFrame: disposed })).resolves.toEqual(FORBIDDEN);
    window.destroyed = true;
    await expect(invoke('wd:app.info', { sender: window.webContents, senderFrame: window.webContents.mainFrame })).resolves.toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing dispatch into an error result instead of a rejected invoke', async () => {
    const { invoke, dispatch, fromMainFrame } = setup();
    dispatch.mockRejectedValueOnce(new Error('boom with secret token abc'));
    const result = (await invoke('wd:app.info', fromMainFrame())) as { ok: false; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('internal');
    expect(result.error.message).not.toContain('abc');
  });
});

describe('event forwarding', () => {
  it('sends core events to our windows on wd-event:<name>', () => {
    const { events, window } = setup();
    events.emit('instances.changed', {});
    expect(window.webContents.send).toHaveBeenCalledWith('wd-event:instances.changed', {});
  });

  it('skips destroyed windows and windows showing another origin', () => {
    const { events, windows } = setup();
    const foreign = new FakeBrowserWindow({});
    foreign.webContents.mainFrame.url = 'https://evil.example/';
    const destroyed = new FakeBrowserWindow({});
    destroyed.destroyed = true;
    windows.push(foreign, destroyed);
    events.emit('instances.changed', {});
    expect(foreign.webContents.send).not.toHaveBeenCalled();
    expect(destroyed.webContents.send).not.toHaveBeenCalled();
    expect(windows[0]!.webContents.send).toHaveBeenCalledTimes(1);
  });
});
