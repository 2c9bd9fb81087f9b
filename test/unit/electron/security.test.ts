import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { FakeWebContents, app, resetElectronFake, session } from './electron-fake.js';

vi.mock('electron', () => import('./electron-fake.js'));

const { guardAllWebContents, hardenSession, hardenWebContents } = await import('../../../main/electron/security.js');

function navigation(url: string, isMainFrame = true) {
  return { url, isMainFrame, preventDefault: vi.fn() };
}

function setup() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn(async (_url: string) => undefined);
  hardenWebContents(contents as unknown as WebContents, { openExternal });
  return { contents, openExternal };
}

beforeEach(() => resetElectronFake());

describe('navigation guards', () => {
  it('lets the page navigate within the app origin', () => {
    const { contents } = setup();
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      const nav = navigation('app://worklog-desk/index.html#/instances');
      contents.emit(event, nav);
      expect(nav.preventDefault, event).not.toHaveBeenCalled();
    }
  });

  it('blocks navigation and redirects to any other origin', () => {
    const { contents } = setup();
    const foreign = ['https://evil.example/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://other-host/index.html', 'app://worklog-desk@evil.example/', 'javascript:alert(1)', 'about:blank'];
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      for (const url of foreign) {
        const nav = navigation(url);
        contents.emit(event, nav);
        expect(nav.preventDefault, `${event} ${url}`).toHaveBeenCalledTimes(1);
      }
    }
  });

  it('sends a clicked https link to the browser, nothing else', async () => {
    const { contents, openExternal } = setup();
    contents.emit('will-navigate', navigation('https://team.atlassian.net/browse/ABC-1'));
    contents.emit('will-navigate', navigation('http://team.example/'));
    contents.emit('will-navigate', navigation('https://sub.frame.example/', false));
    contents.emit('will-redirect', navigation('https://redirected.example/'));
    expect(openExternal.mock.calls).toEqual([['https://team.atlassian.net/browse/ABC-1']]);
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = setup();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('window.open', () => {
  it('never opens a window; https targets go to the browser', () => {
    const { contents, openExternal } = setup();
    expect(contents.windowOpenHandler?.({ url: 'https://team.atlassian.net/browse/ABC-1' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://team.atlassian.net/browse/ABC-1');
  });

  it('drops every other scheme without asking the OS', () => {
    const { contents, openExternal } = setup();
    for (const url of ['http://example.com/', 'file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'ms-msdt:/id', 'smb://host/share', 'app://worklog-desk/index.html', 'https://user:pw@example.com/', 'not a url']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('survives the browser failing to open', async () => {
    const contents = new FakeWebContents();
    const warn = vi.fn();
    hardenWebContents(contents as unknown as WebContents, { openExternal: () => Promise.reject(new Error('no browser')), log: { warn } });
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/x' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('could not open link', expect.objectContaining({ origin: 'https://example.com' })));
  });
});

describe('every WebContents', () => {
  it('gets the guards as soon as it is created', () => {
    guardAllWebContents(app as never, { openExternal: vi.fn() });
    const contents = new FakeWebContents('https://evil.example/');
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler).toBeTypeOf('function');
    const nav = navigation('https://evil.example/');
    contents.emit('will-navigate', nav);
    expect(nav.preventDefault).toHaveBeenCalled();
  });
});

describe('session permissions', () => {
  it('denies every permission request and check', () => {
    hardenSession(session.defaultSession as never);
    const request = session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;
    const check = session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as (wc: unknown, permission: string, origin: string) => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'unknown']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(check({}, permission, 'app://worklog-desk'), permission).toBe(false);
    }
  });
});
