import fs from 'node:fs';
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CHANNEL_NAMES } from '../../shared/channel-names.js';
import type { ErrorCode, Result } from '../../shared/errors.js';
import { AppError } from '../core/errors.js';
import type { Logger } from '../core/ports.js';
import { CONTENT_SECURITY_POLICY } from '../core/renderer-assets/content-security-policy.js';
import type { DownloadShelf } from './download-shelf.js';
import { contentDisposition, DOWNLOAD_PATH_PREFIX } from './download-shelf.js';
import type { EventSourceLike } from './event-stream.js';
import { openEventStream } from './event-stream.js';
import { MAX_BODY_BYTES, readBody } from './read-body.js';
import { fetchSiteAllowed, hostAllowed, isJsonContentType, originAllowed } from './request-guards.js';
import { createSecretToken, tokenMatches } from './secret-token.js';
import { resolveStaticPath, sendStaticFile } from './static-files.js';

/** What the host needs of core: AppCore fits as is; tests hand in a spy. */
export interface WebHostCore {
  dispatch(channel: unknown, input: unknown): Promise<Result<unknown>>;
  events: EventSourceLike;
  log: Logger;
  /** When present, the secret is registered so no log line can ever carry it. */
  redactor?: { add(secret: string): void };
}

export interface WebHostOptions {
  core: WebHostCore;
  /** The built renderer (Vite's outDir). */
  staticDir?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Exports waiting for the page to download them (GET /download/<id>). */
  downloads?: Pick<DownloadShelf, 'take' | 'discard'>;
}

export interface WebHost {
  /** Includes the secret in the fragment: hand it to the user, never to a log. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-worklog-desk-token';

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(text);
}

/** Transport-level refusals still answer with a Result body, so the page can show the message. */
function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string, extra: Record<string, string> = {}): void {
  sendJson(res, status, { ok: false, error: { code, message } }, extra);
}

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra });
  res.end(text);
}

/**
 * The browser host: the renderer and the typed contract over loopback HTTP, for `npm run web` and
 * the e2e tests. Only 127.0.0.1 is bound; every API request must carry the per-launch secret and
 * come from our own origin under our own Host name.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { core } = options;
  const staticDir = path.resolve(options.staticDir ?? 'dist/renderer');
  const token = createSecretToken();
  core.redactor?.add(token);
  const streams = new Set<() => void>();
  let port = 0;

  // Never log req.url: the event stream carries the secret in its query string.
  const refused = (req: IncomingMessage, pathname: string, reason: string): void => {
    core.log.warn('web host refused a request', { method: req.method, path: pathname.slice(0, 200), reason });
  };

  const handleRpc = async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    if (req.method !== 'POST') {
      refuse(res, 405, 'forbidden', 'Use POST for requests.', { allow: 'POST' });
      return;
    }
    const given = req.headers[TOKEN_HEADER];
    if (!tokenMatches(token, Array.isArray(given) ? undefined : given)) {
      refused(req, pathname, 'token');
      req.resume();
      refuse(res, 401, 'forbidden', 'This page’s session key is missing or out of date. Open the link printed by “npm run web” again.');
      return;
    }
    if (!isJsonContentType(req)) {
      req.resume();
      refuse(res, 415, 'validation', 'Requests must be sent as application/json.');
      return;
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (!body.ok) {
      if (body.reason === 'too_large') {
        refused(req, pathname, 'body too large');
        refuse(res, 413, 'validation', 'That request is too large (the limit is 1 MiB).', { connection: 'close' });
      } else {
        res.destroy();
      }
      return;
    }
    let input: unknown;
    try {
      input = body.text.trim() === '' ? {} : JSON.parse(body.text);
    } catch {
      refuse(res, 400, 'validation', 'The request was not valid JSON.');
      return;
    }
    let channel: string;
    try {
      channel = decodeURIComponent(pathname.slice('/rpc/'.length));
    } catch {
      channel = '';
    }
    if (!(CHANNEL_NAMES as readonly string[]).includes(channel)) {
      refused(req, pathname, 'unknown channel');
      sendJson(res, 200, { ok: false, error: { code: 'forbidden', message: `Unknown request "${channel.slice(0, 80)}".` } });
      return;
    }
    let result: Result<unknown>;
    try {
      result = await core.dispatch(channel, input);
    } catch (e) {
      // dispatch never throws by contract; if it does, the page still gets a Result.
      core.log.error('web host dispatch threw', { channel, error: e });
      result = { ok: false, error: { code: 'internal', message: 'Something went wrong inside Worklog Desk. Try again.' } };
    }
    sendJson(res, 200, result);
  };

  const handleEvents = (req: IncomingMessage, res: ServerResponse, url: URL): void => {
    if (req.method !== 'GET') {
      refuse(res, 405, 'forbidden', 'Use GET for the event stream.', { allow: 'GET' });
      return;
    }
    // EventSource can't send headers, so the secret comes in the query (compared in constant time).
    if (!tokenMatches(token, url.searchParams.get('token'))) {
      refused(req, url.pathname, 'token');
      refuse(res, 401, 'forbidden', 'This page’s session key is missing or out of date.');
      return;
    }
    const close: () => void = openEventStream(res, core.events, () => streams.delete(close));
    streams.add(close);
  };

  // The one-time id is the key (see download-shelf.ts); the file goes once, then is deleted.
  const handleDownload = (req: IncomingMessage, res: ServerResponse, pathname: string): void => {
    if (req.method !== 'GET') {
      refuse(res, 405, 'forbidden', 'Use GET for downloads.', { allow: 'GET' });
      return;
    }
    const id = pathname.slice(DOWNLOAD_PATH_PREFIX.length);
    const shelved = /^[A-Za-z0-9_-]{32}$/.test(id) ? options.downloads?.take(id) : null;
    if (!shelved) {
      refused(req, DOWNLOAD_PATH_PREFIX, 'unknown download');
      sendText(res, 404, 'This export is no longer available: export it again from the Worklogs page.');
      return;
    }
    const { file, fileName } = shelved;
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      options.downloads?.discard(file);
      sendText(res, 404, 'This export is no longer available: export it again from the Worklogs page.');
      return;
    }
    res.writeHead(200, {
      'content-type': fileName.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
      'content-length': size,
      'content-disposition': contentDisposition(fileName),
      'cache-control': 'no-store',
    });
    const stream = fs.createReadStream(file);
    stream.on('error', (e) => {
      core.log.error('web host could not send a download', { error: e });
      res.destroy();
    });
    res.on('close', () => options.downloads?.discard(file));
    stream.pipe(res);
  };

  const handleStatic = async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed.', { allow: 'GET, HEAD' });
      return;
    }
    const file = resolveStaticPath(staticDir, pathname);
    if (file && (await sendStaticFile(res, file, req.method === 'HEAD'))) return;
    sendText(res, 404, 'Not found.');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      sendText(res, 400, 'Bad request.');
      return;
    }
    // DNS rebinding: a foreign name that resolves to 127.0.0.1 arrives with its own Host header.
    if (!hostAllowed(req, port)) {
      refused(req, url.pathname, 'host');
      req.resume();
      refuse(res, 403, 'forbidden', 'Worklog Desk only answers on 127.0.0.1 or localhost.');
      return;
    }
    if (url.pathname.startsWith(DOWNLOAD_PATH_PREFIX)) {
      if (!fetchSiteAllowed(req)) {
        refused(req, DOWNLOAD_PATH_PREFIX, 'origin');
        refuse(res, 403, 'forbidden', 'Requests from other web pages are not accepted.');
        return;
      }
      handleDownload(req, res, url.pathname);
      return;
    }
    const isApi = url.pathname.startsWith('/rpc/') || url.pathname === '/events';
    if (!isApi) {
      await handleStatic(req, res, url.pathname);
      return;
    }
    if (!originAllowed(req, port) || !fetchSiteAllowed(req)) {
      refused(req, url.pathname, 'origin');
      req.resume();
      refuse(res, 403, 'forbidden', 'Requests from other web pages are not accepted.');
      return;
    }
    if (url.pathname === '/events') handleEvents(req, res, url);
    else await handleRpc(req, res, url.pathname);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      core.log.error('web host request failed', { error: e });
      if (!res.headersSent) sendText(res, 500, 'Internal error.');
      else res.destroy();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException): void => {
      server.off('listening', onListening);
      if (e.code === 'EADDRINUSE') {
        reject(new AppError('conflict', `Port ${options.port} is already in use. Pick another with --port, or leave it out to use a free one.`, { cause: e }));
      } else if (e.code === 'EACCES') {
        reject(new AppError('forbidden', `Worklog Desk may not listen on port ${options.port}. Pick a port above 1024.`, { cause: e }));
      } else {
        reject(e);
      }
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(options.port ?? 0, '127.0.0.1');
  });
  port = (server.address() as AddressInfo).port;
  core.log.info('web host listening', { port, staticDir });

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const end of [...streams]) end();
        server.close(() => resolve());
        server.closeAllConnections();
        core.log.info('web host stopped', { port });
      });
      return closing;
    },
  };
}
