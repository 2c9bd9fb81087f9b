import { Readable } from 'node:stream';
import type { ClientRequest, IncomingMessage, Net } from 'electron';
import type { Fetch } from '../core/ports.js';

/**
 * Core's `Fetch` backed by Chromium's network stack: the system proxy (PAC included) and the OS
 * certificate store apply, which corporate Jira installations behind TLS-inspecting proxies need.
 * `bypassCustomProtocolHandlers` keeps a mistyped site URL such as `app://…` from being answered
 * by our own protocol handler. Only usable once `app` is ready.
 *
 * `redirect: 'manual'` (the HTTP pipeline always asks for it, see core/http/redirects.ts) needs its
 * own path: Electron's net.fetch does not hand a redirect back as a response — it cancels the request
 * and rejects with "Redirect was cancelled", without saying where to. So those requests go through
 * net.request, whose 'redirect' event tells the target; the request is stopped there (never
 * followed) and answered with the 3xx status and its Location, as fetch does in Node.
 */
export function createNetFetch(net: Pick<Net, 'fetch' | 'request'>): Fetch {
  return (input, init) => {
    if (init?.redirect === 'manual') return manualRedirectFetch(net, input, init);
    return net.fetch(input, { ...init, bypassCustomProtocolHandlers: true });
  };
}

function headersOf(message: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [k, v] of Object.entries(message.headers)) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  return headers;
}

function manualRedirectFetch(net: Pick<Net, 'request'>, input: string, init: RequestInit): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const signal = init.signal;
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    let request: ClientRequest;
    try {
      request = net.request({ url: input, method: init.method ?? 'GET', redirect: 'manual', bypassCustomProtocolHandlers: true, credentials: 'omit' });
      for (const [k, v] of new Headers(init.headers).entries()) request.setHeader(k, v);
    } catch (e) {
      reject(e);
      return;
    }
    // The caller's signal (the pipeline's per-try timeout, or a cancel) covers the body as well as
    // the headers, as with fetch: a server that stalls mid-body must not hang the request forever.
    let message: IncomingMessage | undefined;
    const onAbort = (): void => {
      request.abort();
      (message as unknown as Readable | undefined)?.destroy(signal?.reason instanceof Error ? signal.reason : new Error('The request was aborted.'));
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = (): void => signal?.removeEventListener('abort', onAbort);
    request.on('redirect', (statusCode, _method, redirectUrl) => {
      // Not followed: abort (so Electron does not report a cancelled redirect as an error) and hand
      // the redirect to the pipeline, which follows it only on the same origin.
      request.abort();
      done();
      resolve(new Response(null, { status: statusCode, headers: { location: redirectUrl } }));
    });
    request.on('response', (incoming) => {
      message = incoming;
      const nullBody = [101, 204, 205, 304].includes(incoming.statusCode) || init.method === 'HEAD';
      if (nullBody) done();
      else for (const end of ['end', 'error', 'close'] as const) (incoming as unknown as Readable).once(end, done);
      const body = nullBody ? null : (Readable.toWeb(incoming as unknown as Readable) as ReadableStream<Uint8Array>);
      resolve(new Response(body, { status: incoming.statusCode, statusText: incoming.statusMessage, headers: headersOf(incoming) }));
    });
    request.on('error', (e) => {
      done();
      reject(e);
    });
    if (typeof init.body === 'string') request.write(init.body);
    request.end();
  });
}
