/**
 * The renderer's only way to main: one typed client over two transports. In the desktop app the
 * preload script exposes `window.api` (IPC); in the browser host there is none and the same
 * contract travels over loopback HTTP with the per-launch secret.
 */
import type { ChannelInput, ChannelName, ChannelResult, EventName, EventPayload, WindowApi } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { ApiError } from './api-error';
import { useSessionStore } from './stores/session-store';
import { createHttpTransport } from './transport/http-transport';
import { takeSessionToken } from './transport/session-token';

export { ApiError } from './api-error';

let api: WindowApi | null = null;

/**
 * Picks the transport; call once at start-up (it also moves the secret out of the URL).
 * Returns false when there is no way to talk to main (browser host opened without its link).
 */
export function connectApi(): boolean {
  const session = useSessionStore.getState();
  const bridge = (window as unknown as { api?: WindowApi }).api;
  if (bridge) {
    api = bridge;
    session.setTransport('electron');
    return true;
  }
  const token = takeSessionToken();
  if (!token) {
    session.setTransport('none');
    return false;
  }
  api = createHttpTransport(token, {
    onUnauthorized: () => useSessionStore.getState().markUnauthorized(),
    onConnection: (state) => useSessionStore.getState().setConnection(state),
  });
  session.setTransport('web');
  return true;
}

function current(): WindowApi {
  if (!api) throw new ApiError('internal', 'Worklog Desk is not connected yet. Reload the window.');
  return api;
}

/** Channels whose input has no required field can be called without one. */
type InputArgs<K extends ChannelName> = Record<never, never> extends ChannelInput<K> ? [input?: ChannelInput<K>] : [input: ChannelInput<K>];

/** Calls a channel and returns its value, or throws an ApiError carrying main's plain-words message. */
export async function call<K extends ChannelName>(channel: K, ...args: InputArgs<K>): Promise<ChannelResult<K>> {
  const invoke = current()[channel] as unknown as (input: unknown) => Promise<Result<ChannelResult<K>>>;
  let result: Result<ChannelResult<K>>;
  try {
    result = await invoke(args[0] ?? {});
  } catch {
    // The IPC bridge can reject (e.g. the main process is going away); keep one error shape for the UI.
    throw new ApiError('internal', 'Worklog Desk did not answer. Try again, or restart the app.');
  }
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value;
}

/** Subscribes to an event from main; returns the unsubscribe function. */
export function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return current().on(event, listener);
}
