import type { IncomingMessage, ServerResponse } from 'node:http';
import { htmlPage, sendHtml, sendJson } from './respond.js';

/**
 * Failures a fake server can be told to produce, the ones real APIs and the networks in front of
 * them produce: proxy/login-wall HTML pages (even with 200), 5xx, 429/503 with Retry-After,
 * dropped connections, servers that never answer, broken JSON — and plain slowness.
 */
export type Fault =
  /** An HTML page; 200 is a login wall or captive portal, 502/503 a gateway error page. */
  | { kind: 'html'; status?: number; title?: string }
  /** An API error status with the fake's own error body (Jira `{errorMessages, errors}`...). */
  | { kind: 'status'; status: number; message?: string; headers?: Record<string, string> }
  /** 429 (default) or 503; `retryAfter` in seconds, as an HTTP date, as a raw header, or none. */
  | { kind: 'rate-limit'; status?: 429 | 503; retryAfter?: number | Date | string | null }
  /** The connection is destroyed without an answer (ECONNRESET / "other side closed"). */
  | { kind: 'reset' }
  /** The request is never answered. */
  | { kind: 'stall' }
  /** 200 with a JSON content type and a truncated body. */
  | { kind: 'malformed-json'; status?: number }
  /** Answer normally, but only after `ms`. */
  | { kind: 'delay'; ms: number }
  /** A redirect (302 by default) to `location`, which may be on another host: what a moved or hostile site answers. */
  | { kind: 'redirect'; status?: 301 | 302 | 303 | 307 | 308; location: string };

export type FaultKind = Fault['kind'];

/** A path pattern: exact path, a prefix ending in `*`, a RegExp, or a predicate. */
export type FaultMatch = string | RegExp | ((req: { method: string; path: string }) => boolean);

export interface InjectOptions {
  /** How many matching requests get this fault (default 1; Infinity for all). */
  times?: number;
  match?: FaultMatch;
  method?: string;
}

export const DEFAULT_FAULTS: Readonly<Record<FaultKind, Fault>> = {
  html: { kind: 'html', status: 200 },
  status: { kind: 'status', status: 500 },
  'rate-limit': { kind: 'rate-limit', status: 429, retryAfter: 0 },
  reset: { kind: 'reset' },
  stall: { kind: 'stall' },
  'malformed-json': { kind: 'malformed-json' },
  delay: { kind: 'delay', ms: 50 },
  redirect: { kind: 'redirect', status: 302, location: '/' },
};

/** Deterministic PRNG (mulberry32), so a seeded fault rate fails the same requests every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function matches(match: FaultMatch | undefined, method: string, path: string): boolean {
  if (match === undefined) return true;
  if (typeof match === 'function') return match({ method, path });
  if (match instanceof RegExp) return match.test(path);
  return match.endsWith('*') ? path.startsWith(match.slice(0, -1)) : path === match;
}

interface Queued {
  fault: Fault;
  remaining: number;
  match: FaultMatch | undefined;
  method: string | undefined;
}

export class FaultInjector {
  private queue: Queued[] = [];
  private rate: { p: number; faults: Fault[]; random: () => number; match: FaultMatch | undefined } | null = null;
  /** Every fault handed out, in order, for assertions. */
  readonly applied: Array<{ kind: FaultKind; method: string; path: string }> = [];

  /** Queues a fault for the next `times` matching requests; queued faults apply in order. */
  inject(fault: Fault | FaultKind, options: InjectOptions = {}): this {
    this.queue.push({
      fault: typeof fault === 'string' ? DEFAULT_FAULTS[fault] : fault,
      remaining: options.times ?? 1,
      match: options.match,
      method: options.method?.toUpperCase(),
    });
    return this;
  }

  /** Each matching request (not served by the queue) fails with probability `p`, picking a fault with a seeded PRNG. */
  setFaultRate(p: number, kinds: Array<Fault | FaultKind>, seed = 1, match?: FaultMatch): this {
    const random = mulberry32(seed);
    this.rate = p > 0 && kinds.length > 0 ? { p, faults: kinds.map((k) => (typeof k === 'string' ? DEFAULT_FAULTS[k] : k)), random, match } : null;
    return this;
  }

  /** Drops queued faults, the fault rate and the `applied` record. */
  clear(): void {
    this.queue = [];
    this.rate = null;
    this.applied.length = 0;
  }

  /** Faults still queued (counting `times`). */
  pending(): number {
    return this.queue.reduce((n, q) => n + q.remaining, 0);
  }

  /** The fault for this request, if any; consumes one use of a queued fault. */
  next(method: string, path: string): Fault | null {
    const m = method.toUpperCase();
    const i = this.queue.findIndex((q) => (q.method === undefined || q.method === m) && matches(q.match, m, path));
    let fault: Fault | null = null;
    if (i >= 0) {
      const q = this.queue[i] as Queued;
      q.remaining -= 1;
      if (q.remaining <= 0) this.queue.splice(i, 1);
      fault = q.fault;
    } else if (this.rate && matches(this.rate.match, m, path) && this.rate.random() < this.rate.p) {
      fault = this.rate.faults[Math.floor(this.rate.random() * this.rate.faults.length)] ?? null;
    }
    if (fault) this.applied.push({ kind: fault.kind, method: m, path });
    return fault;
  }
}

/** The body a fake sends with an error status: each API has its own shape. */
export type ErrorBody = (status: number, message: string) => unknown;

const REASON: Record<number, string> = {
  429: 'Rate limit exceeded.',
  500: 'Internal server error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * Renders a fault. Returns 'continue' when the request should still be served normally (delay),
 * 'handled' otherwise — including 'stall', where nothing is ever sent.
 */
export async function applyFault(fault: Fault, req: IncomingMessage, res: ServerResponse, errorBody: ErrorBody): Promise<'handled' | 'continue'> {
  switch (fault.kind) {
    case 'delay':
      await new Promise((r) => setTimeout(r, fault.ms));
      return 'continue';
    case 'stall':
      return 'handled';
    case 'reset':
      req.socket.destroy();
      return 'handled';
    case 'html': {
      const status = fault.status ?? 200;
      const title = fault.title ?? (status === 200 ? 'Sign in to continue' : `${status} ${REASON[status] ?? 'Error'}`);
      const text = status === 200 ? 'Your organisation requires you to sign in. <form action="/login"><input name="user"></form>' : 'The upstream server did not answer.';
      sendHtml(res, status, htmlPage(title, text));
      return 'handled';
    }
    case 'status': {
      const message = fault.message ?? REASON[fault.status] ?? `Error ${fault.status}`;
      sendJson(res, fault.status, errorBody(fault.status, message), fault.headers);
      return 'handled';
    }
    case 'rate-limit': {
      const status = fault.status ?? 429;
      const headers: Record<string, string> = {};
      const ra = fault.retryAfter;
      if (typeof ra === 'number') headers['Retry-After'] = String(ra);
      else if (ra instanceof Date) headers['Retry-After'] = ra.toUTCString();
      else if (typeof ra === 'string') headers['Retry-After'] = ra;
      sendJson(res, status, errorBody(status, REASON[status] ?? 'Try again later'), headers);
      return 'handled';
    }
    case 'redirect':
      res.writeHead(fault.status ?? 302, { Location: fault.location, 'Content-Type': 'text/html', 'Content-Length': 0 });
      res.end();
      return 'handled';
    case 'malformed-json': {
      const text = '{"accountId": "5b10ac8d82e05b22cc7d4ef5", "displayName": "Trunc';
      res.writeHead(fault.status ?? 200, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
      return 'handled';
    }
  }
}
