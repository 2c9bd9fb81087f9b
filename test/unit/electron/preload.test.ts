import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { WindowApi } from '../../../shared/contract.js';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../../shared/channel-names.js';
import { contextBridge, ipcRenderer } from './electron-fake.js';

vi.mock('electron', () => import('./electron-fake.js'));

let api: WindowApi & Record<string, unknown>;

beforeAll(async () => {
  await import('../../../preload/index.js');
  api = contextBridge.exposed.get('api') as typeof api;
});

describe('preload', () => {
  it('exposes one object, window.api, and nothing else', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...contextBridge.exposed.keys()]).toEqual(['api']);
  });

  it('has exactly one function per contract channel, plus on', () => {
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES, 'on'].sort());
    for (const key of Object.keys(api)) expect(typeof api[key], key).toBe('function');
    for (const leaked of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'removeListener', 'require', 'process']) {
      expect(api[leaked], leaked).toBeUndefined();
    }
  });

  it('invokes wd:<channel> with the input as is', async () => {
    for (const name of CHANNEL_NAMES) {
      ipcRenderer.invoke.mockClear();
      const call = api[name] as (input: unknown) => Promise<unknown>;
      await expect(call({ probe: name })).resolves.toEqual({ ok: true, value: 'from-main' });
      expect(ipcRenderer.invoke).toHaveBeenCalledWith(`wd:${name}`, { probe: name });
    }
  });

  it('subscribes to contract events and hands the listener only the payload', () => {
    for (const name of EVENT_NAMES) {
      const listener = vi.fn();
      const off = api.on(name, listener);
      expect(ipcRenderer.on).toHaveBeenCalledWith(`wd-event:${name}`, expect.any(Function));
      const fakeIpcEvent = { sender: ipcRenderer, senderId: 0 };
      ipcRenderer.emitter.emit(`wd-event:${name}`, fakeIpcEvent, { n: 1 });
      expect(listener).toHaveBeenCalledTimes(1);
      expect(listener.mock.calls[0]).toEqual([{ n: 1 }]);

      off();
      ipcRenderer.emitter.emit(`wd-event:${name}`, fakeIpcEvent, { n: 2 });
      expect(listener).toHaveBeenCalledTimes(1);
      expect(ipcRenderer.emitter.listenerCount(`wd-event:${name}`)).toBe(0);
    }
  });

  it('refuses events outside the contract and non-function listeners', () => {
    ipcRenderer.on.mockClear();
    const on = api.on as unknown as (event: unknown, listener: unknown) => () => void;
    for (const bad of ['bogus', 'wd:app.info', '__proto__', 'constructor', 'app.info', '', 42, null]) {
      expect(() => on(bad, () => {}), String(bad)).toThrow(TypeError);
    }
    expect(() => on(EVENT_NAMES[0], 'not a function')).toThrow(TypeError);
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });
});
