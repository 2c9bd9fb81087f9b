import type { Net } from 'electron';
import type { Fetch } from '../core/ports.js';

/**
 * Core's `Fetch` backed by Chromium's network stack: the system proxy (PAC included) and the OS
 * certificate store apply, which corporate Jira installations behind TLS-inspecting proxies need.
 * `bypassCustomProtocolHandlers` keeps a mistyped site URL such as `app://…` from being answered
 * by our own protocol handler. Only usable once `app` is ready.
 */
export function createNetFetch(net: Pick<Net, 'fetch'>): Fetch {
  return (input, init) => net.fetch(input, { ...init, bypassCustomProtocolHandlers: true });
}
