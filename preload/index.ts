/**
 * The only bridge between the page and main. It exposes one function per contract channel and an
 * `on` for the contract's events — never ipcRenderer itself, never an IPC event object (its
 * `sender` would hand the page a raw IPC handle). Names come from shared/channel-names.ts so this
 * sandboxed script stays a single small file without zod.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, EVENT_NAMES } from '../shared/channel-names.js';
import type { EventName } from '../shared/channel-names.js';
import type { EventApi, InvokeApi, WindowApi } from '../shared/contract.js';

/** Must match main/electron/ipc-server.ts; the tests of both pin the values. */
const INVOKE_PREFIX = 'wd:';
const EVENT_PREFIX = 'wd-event:';

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}

export function buildApi(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): WindowApi {
  const invoke = Object.fromEntries(
    CHANNEL_NAMES.map((name) => [name, (input: unknown) => ipc.invoke(INVOKE_PREFIX + name, input)]),
  ) as unknown as InvokeApi;

  const on: EventApi['on'] = (event, listener) => {
    if (!isEventName(event)) throw new TypeError(`Unknown event "${String(event).slice(0, 80)}".`);
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
    const channel = EVENT_PREFIX + event;
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload as Parameters<typeof listener>[0]);
    ipc.on(channel, forward);
    return () => {
      ipc.removeListener(channel, forward);
    };
  };

  return Object.freeze({ ...invoke, on });
}

contextBridge.exposeInMainWorld('api', buildApi(ipcRenderer));
