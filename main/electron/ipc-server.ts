import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { ipcMain } from 'electron';
import { CHANNEL_NAMES } from '../../shared/channel-names.js';
import type { ChannelName } from '../../shared/channel-names.js';
import type { Result } from '../../shared/errors.js';
import { toWireError } from '../core/errors.js';
import type { EventBus } from '../core/event-bus.js';
import type { Logger } from '../core/ports.js';
import { isAppUrl } from './app-origin.js';

/** Must match preload/index.ts (which can only import shared/); the tests of both pin them. */
export const INVOKE_PREFIX = 'wd:';
export const EVENT_PREFIX = 'wd-event:';

export interface IpcCore {
  dispatch(channel: unknown, input: unknown): Promise<Result<unknown>>;
  events: Pick<EventBus, 'subscribe'>;
}

export interface IpcServerOptions {
  core: IpcCore;
  /** The windows we created; only their main frames may call in, and only they receive events. */
  getWindows: () => readonly BrowserWindow[];
  log?: Pick<Logger, 'warn' | 'error'>;
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from a Worklog Desk window and was refused.' },
};

/**
 * The sender must be the top-level frame of one of our windows, currently showing our origin.
 * Subframes, other WebContents (devtools extensions, a stray window) and any page that got
 * navigated elsewhere are refused before the request reaches a service.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  windows: readonly BrowserWindow[],
): boolean {
  try {
    const frame = event.senderFrame;
    // null: the frame navigated or was destroyed after sending; we can't tell who it was.
    if (!frame || frame.parent !== null) return false;
    const window = windows.find((w) => !w.isDestroyed() && w.webContents === event.sender);
    if (!window) return false;
    const main = window.webContents.mainFrame;
    if (frame !== main && (frame.processId !== main.processId || frame.routingId !== main.routingId)) return false;
    return isAppUrl(frame.url);
  } catch {
    // Reading a frame that was disposed meanwhile throws: treat it as unknown.
    return false;
  }
}

/**
 * One `ipcMain.handle` per contract channel and nothing else; events from core are forwarded to
 * our windows. Returns a disposer for quit.
 */
export function startIpcServer(options: IpcServerOptions): { dispose(): void } {
  const { core, getWindows, log } = options;
  const registered: string[] = [];

  const handle = (name: ChannelName) => async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, getWindows())) {
      log?.warn('ipc request refused: unknown sender', { channel: name });
      return FORBIDDEN;
    }
    try {
      return await core.dispatch(name, input);
    } catch (e) {
      // dispatch never throws by design; if it ever does, the renderer still gets a Result.
      log?.error('ipc dispatch threw', { channel: name, error: e });
      return { ok: false, error: toWireError(e) };
    }
  };

  for (const name of CHANNEL_NAMES) {
    const channel = INVOKE_PREFIX + name;
    ipcMain.handle(channel, handle(name));
    registered.push(channel);
  }

  const unsubscribe = core.events.subscribe((event, payload) => {
    for (const window of getWindows()) {
      if (window.isDestroyed()) continue;
      // A window that somehow shows another page must not receive our data.
      if (!isAppUrl(window.webContents.getURL())) continue;
      window.webContents.send(EVENT_PREFIX + event, payload);
    }
  });

  return {
    dispose() {
      unsubscribe();
      for (const channel of registered) ipcMain.removeHandler(channel);
    },
  };
}
