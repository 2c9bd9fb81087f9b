import { CHANNEL_NAMES } from '../../../shared/channel-names';
import type { ChannelName, EventName, InvokeApi, WindowApi } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import type { TransportHooks } from './connection';

const TOKEN_HEADER = 'x-worklog-desk-token';
const NOT_RUNNING =
  'Worklog Desk is not answering. Check that “npm run web” is still running in your terminal, then try again.';

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in value;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error.message === 'string';
}

/**
 * The contract over the browser host: `POST /rpc/<channel>` for requests, one shared EventSource
 * on `/events` for events. Always resolves to a Result, like the preload bridge does.
 */
export function createHttpTransport(token: string, hooks: TransportHooks): WindowApi {
  const invoke = async (channel: ChannelName, input: unknown): Promise<Result<unknown>> => {
    let response: Response;
    try {
      response = await fetch(`/rpc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      return { ok: false, error: { code: 'network', message: NOT_RUNNING } };
    }
    if (response.status === 401) hooks.onUnauthorized();
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (isResult(body)) return body;
    return { ok: false, error: { code: 'bad_response', message: `Worklog Desk answered in an unexpected way (HTTP ${response.status}). Reload the page and try again.` } };
  };

  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;
  const ensureSource = (): void => {
    if (source) return;
    hooks.onConnection('connecting');
    source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
    source.onopen = () => hooks.onConnection('open');
    // EventSource retries on its own while readyState is CONNECTING; CLOSED means it gave up (e.g. 401).
    source.onerror = () => hooks.onConnection('lost');
    source.onmessage = (message: MessageEvent<string>) => {
      let parsed: { event?: unknown; payload?: unknown };
      try {
        parsed = JSON.parse(message.data) as typeof parsed;
      } catch {
        return;
      }
      const set = listeners.get(parsed.event as EventName);
      if (set) for (const listener of [...set]) listener(parsed.payload ?? {});
    };
  };

  const invokers = Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, (input: unknown) => invoke(channel, input)])) as unknown as InvokeApi;

  const on = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    ensureSource();
    let set = listeners.get(event);
    if (!set) {
      set = new Set();
      listeners.set(event, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };

  return { ...invokers, on: on as WindowApi['on'] };
}
