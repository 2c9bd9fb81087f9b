import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorBody, FaultKind } from './faults.js';
import { FaultInjector, applyFault } from './faults.js';
import type { RouteContext, RouteHandler, Router } from './router.js';

export interface RecordedRequest {
  method: string;
  /** Below the prefix (`/rest/api/3/myself`); the raw path when outside it. */
  path: string;
  query: Record<string, string | string[]>;
  /** Epoch ms when the request arrived. */
  at: number;
  /** Epoch ms when the answer was fully sent; undefined for resets and stalls. */
  respondedAt?: number;
  status?: number;
  /** The injected fault that answered it, if any. */
  fault?: FaultKind;
  /** Which auth scheme came with it — never the credentials themselves. */
  auth: 'basic' | 'bearer' | 'other' | 'none';
}

export interface FakeServer {
  /** Base URL including the path prefix, no trailing slash. */
  url: string;
  origin: string;
  port: number;
  requests: RecordedRequest[];
  faults: FaultInjector;
  /** Requests being handled right now, and the most ever at once. */
  inFlight: { current: number; max: number };
  close(): Promise<void>;
}

export interface FakeServerOptions {
  router: Router;
  /** e.g. `/jira`: the fake then lives at http://127.0.0.1:port/jira. */
  pathPrefix?: string;
  /** Unknown paths (and paths outside the prefix). */
  notFound: RouteHandler;
  /** Known path, wrong method. */
  methodNotAllowed?: RouteHandler;
  /** The API's error body shape, used by injected faults. */
  errorBody: ErrorBody;
  /** The server's clock, sent in every answer's Date header like a real server (default: this machine's). */
  clock?: () => number;
}

function authScheme(req: IncomingMessage): RecordedRequest['auth'] {
  const h = req.headers.authorization;
  if (h === undefined) return 'none';
  if (/^basic /i.test(h)) return 'basic';
  if (/^bearer /i.test(h)) return 'bearer';
  return 'other';
}

function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? (all[0] as string) : all;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A real HTTP server on 127.0.0.1 (random port) that records every request, tracks concurrency,
 * and lets tests inject faults before routing. Fake Jira, Tempo (and later Factorial) are built on it.
 */
export async function startFakeServer(options: FakeServerOptions): Promise<FakeServer> {
  const prefix = (options.pathPrefix ?? '').replace(/\/+$/, '');
  const requests: RecordedRequest[] = [];
  const faults = new FaultInjector();
  const inFlight = { current: 0, max: 0 };
  const sockets = new Set<Socket>();
  let baseUrl = '';

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const inPrefix = prefix === '' || url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
    const path = inPrefix ? url.pathname.slice(prefix.length) || '/' : url.pathname;
    const method = (req.method ?? 'GET').toUpperCase();
    const record: RecordedRequest = { method, path, query: queryRecord(url.searchParams), at: Date.now(), auth: authScheme(req) };
    requests.push(record);
    inFlight.current += 1;
    inFlight.max = Math.max(inFlight.max, inFlight.current);
    res.once('close', () => {
      inFlight.current -= 1;
    });
    res.once('finish', () => {
      record.respondedAt = Date.now();
      record.status = res.statusCode;
    });

    if (options.clock) res.setHeader('Date', new Date(options.clock()).toUTCString());
    const rawBody = await readBody(req);
    const fault = faults.next(method, path);
    if (fault) {
      record.fault = fault.kind;
      if ((await applyFault(fault, req, res, options.errorBody)) === 'handled') return;
    }

    let body: unknown;
    if (rawBody !== '' && /json/i.test(req.headers['content-type'] ?? '')) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        body = undefined;
      }
    }
    const ctx: RouteContext = { req, res, method, path, query: url.searchParams, params: {}, body, rawBody, baseUrl };
    const found = inPrefix ? options.router.match(method, path) : null;
    if (found === null) return options.notFound(ctx);
    if (found === 'method-not-allowed') return (options.methodNotAllowed ?? options.notFound)(ctx);
    ctx.params = found.params;
    await found.handler(ctx);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      // A bug in a fake must show up in the test, not as a hung request.
      console.error('fake server handler failed', e);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('fake server handler failed');
    });
  });
  // Keep-alive would let a stalled request hold the server open: track sockets and destroy them on close.
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake server has no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;
  baseUrl = `${origin}${prefix}`;

  return {
    url: baseUrl,
    origin,
    port: address.port,
    requests,
    faults,
    inFlight,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}
