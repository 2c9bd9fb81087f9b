import type { ServerResponse } from 'node:http';
import type { EventName } from '../../shared/channel-names.js';
import { EVENT_NAMES } from '../../shared/channel-names.js';

export interface EventSourceLike {
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
}

/** Proxies and idle sockets drop silent connections; a comment line every 25 s keeps it open. */
const HEARTBEAT_MS = 25_000;

/**
 * Turns one response into a Server-Sent Events stream of core events. Each message is
 * `data: {"event": name, "payload": …}` so the page needs only one listener. Returns a function
 * that ends the stream (used when the host shuts down).
 */
export function openEventStream(res: ServerResponse, events: EventSourceLike, onClose: () => void): () => void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  // `retry` tells EventSource how soon to reconnect after a drop (e.g. the laptop slept).
  res.write('retry: 2000\n: connected\n\n');

  const unsubscribe = events.subscribe((event, payload) => {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) return;
    res.write(`data: ${JSON.stringify({ event, payload: payload ?? {} })}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  heartbeat.unref();

  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
    onClose();
    if (!res.writableEnded) res.end();
  };
  res.on('close', close);
  return close;
}
