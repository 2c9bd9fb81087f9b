import type { Clock, Fetch, Logger } from '../ports.js';
import { fullJitterDelay } from './backoff.js';
import { buildUrl } from './build-url.js';
import { failureToError } from './failure-to-error.js';
import type { HttpError } from './http-error.js';
import type { Failure, RequestFacts } from './http-failure.js';
import type { HostLimits, HttpClient, HttpRequest, HttpStats, RetryPolicy, ServiceKind } from './http-types.js';
import { HostGate, HostPausedError } from './host-gate.js';
import { classifyNetworkError } from './network-error.js';
import { isJsonContentType, looksLikeHtml, parseErrorBody, readSuccess } from './read-response.js';
import { makeRedactor, secretsFromHeaders } from './redact.js';
import type { Redactor } from './redact.js';
import { describeTarget, isRedirectStatus, MAX_REDIRECTS, methodAfterRedirect, redirectTarget } from './redirects.js';
import { parseRetryAfter } from './retry-after.js';
import { extractServerMessages } from './server-messages.js';

// The pipeline's public types live in http-types.ts; re-exported so callers import one module.
export type { HostLimits, HttpClient, HttpMethod, HttpRequest, HttpStats, QueryValue, RetryPolicy, ServiceKind } from './http-types.js';
export { HttpError, isHttpError } from './http-error.js';
export type { BadResponseReason, NetworkReason } from './http-error.js';
export { parseRetryAfter } from './retry-after.js';
export { basicAuth, bearer } from './auth-headers.js';

export interface HttpClientDeps {
  fetch: Fetch;
  clock: Clock;
  log: Logger;
  /** Per service, merged over DEFAULT_LIMITS. A host takes the limits of the service that first used it. */
  limits?: Partial<Record<ServiceKind, Partial<HostLimits>>>;
  retry?: Partial<RetryPolicy>;
  /** Per-try timeout when the request does not set one. */
  defaultTimeoutMs?: number;
  /** For backoff jitter; injectable so tests can make it deterministic. */
  random?: () => number;
}

/**
 * Tempo documents about 5 requests/s. Jira Cloud's limits are cost-based and it punishes bursts
 * (RateLimit-Reason: jira-burst-based), so requests are spaced evenly rather than sent in bursts.
 */
export const DEFAULT_LIMITS: Readonly<Record<ServiceKind, HostLimits>> = {
  jira: { requestsPerSecond: 10, maxConcurrent: 4 },
  tempo: { requestsPerSecond: 5, maxConcurrent: 4 },
  factorial: { requestsPerSecond: 5, maxConcurrent: 4 },
};

export const DEFAULT_RETRY: Readonly<RetryPolicy> = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 };
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Tempo answers 429 without Retry-After and asks clients to wait at least a second. */
const MIN_429_PAUSE_MS: Readonly<Record<ServiceKind, number>> = { jira: 0, tempo: 1000, factorial: 0 };

type Attempt<T> = { ok: true; value: T } | { ok: false; failure: Failure };

/** A request that lost its body on a redirect (303 → GET) must not announce a JSON body. */
function withoutContentType(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'content-type'));
}

class CancelledSignal extends Error {}
class TimeoutSignal extends Error {}

function isRetryable(f: Failure, idempotent: boolean): boolean {
  switch (f.kind) {
    case 'status':
      // Jira and Tempo reject a 429 before doing anything, so even a create may be sent again.
      if (f.status === 429) return true;
      // 501/505 will not get better by asking again.
      if (f.status >= 500 && f.status !== 501 && f.status !== 505) return idempotent;
      return false;
    case 'network':
      if (!f.transient) return false;
      // Refused and failed lookups never reached the server: safe to resend anything.
      return idempotent || f.reason === 'refused' || f.reason === 'dns';
    case 'timeout':
      return idempotent;
    case 'bad_response':
      // A JSON body cut short (a connection dropped mid-body, a proxy hiccup) is worth one more read;
      // an HTML login wall or a body of the wrong shape will answer the same again.
      return idempotent && f.reason === 'invalid_json';
    default:
      return false;
  }
}

export function createHttpClient(deps: HttpClientDeps): HttpClient {
  const { clock, log } = deps;
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...deps.retry };
  const random = deps.random ?? Math.random;
  const defaultTimeoutMs = deps.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const gates = new Map<string, HostGate>();
  const counters = { requests: 0, retries: 0, byHost: {} as Record<string, number>, byInstance: {} as Record<string, number> };

  const limitsFor = (service: ServiceKind): HostLimits => ({ ...DEFAULT_LIMITS[service], ...deps.limits?.[service] });

  const gateFor = (host: string, service: ServiceKind): HostGate => {
    let gate = gates.get(host);
    if (!gate) {
      gate = new HostGate(limitsFor(service), clock);
      gates.set(host, gate);
    }
    return gate;
  };

  const nowMs = (): number => clock.now().getTime();

  async function attemptOnce<T>(req: HttpRequest<T>, url: URL, method: string, headers: Record<string, string>, timeoutMs: number): Promise<Attempt<T>> {
    const attemptCtl = new AbortController();
    const timerCtl = new AbortController();
    const onUserAbort = (): void => attemptCtl.abort(new CancelledSignal());
    req.signal?.addEventListener('abort', onUserAbort, { once: true });
    clock.sleep(timeoutMs, timerCtl.signal).then(
      () => attemptCtl.abort(new TimeoutSignal()),
      () => undefined, // the timer was stopped: the try finished in time
    );
    try {
      // Redirects by hand, same origin only: the token in `headers` must never follow one elsewhere.
      let at = url;
      let currentMethod = method;
      let body: string | undefined = req.body === undefined ? undefined : JSON.stringify(req.body);
      let res: Response;
      for (let hops = 0; ; hops += 1) {
        res = await deps.fetch(at.toString(), {
          method: currentMethod,
          headers: body === undefined ? withoutContentType(headers) : headers,
          ...(body === undefined ? {} : { body }),
          signal: attemptCtl.signal,
          redirect: 'manual',
        });
        if (!isRedirectStatus(res.status)) break;
        await res.body?.cancel();
        const target = redirectTarget(at, res.headers.get('location'));
        if (target === null) return { ok: false, failure: { kind: 'redirect', status: res.status, reason: 'no_location', target: null } };
        if (target.origin !== url.origin) return { ok: false, failure: { kind: 'redirect', status: res.status, reason: 'other_origin', target: describeTarget(target) } };
        if (hops >= MAX_REDIRECTS) return { ok: false, failure: { kind: 'redirect', status: res.status, reason: 'too_many', target: describeTarget(target) } };
        const nextMethod = methodAfterRedirect(res.status, currentMethod);
        if (nextMethod !== currentMethod) body = undefined;
        currentMethod = nextMethod;
        at = target;
      }
      // The whole body is read under the same timeout: a server may stall mid-body.
      const text = await res.text();
      const contentType = res.headers.get('content-type') ?? '';
      if (res.status >= 200 && res.status < 300) {
        const read = readSuccess(res.status, contentType, text, req.schema, req.expectEmpty === true);
        return read.ok ? read : { ok: false, failure: read.failure };
      }
      return {
        ok: false,
        failure: {
          kind: 'status',
          status: res.status,
          html: !isJsonContentType(contentType) && looksLikeHtml(contentType, text),
          serverMessages: extractServerMessages(parseErrorBody(contentType, text)),
          retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), clock.now()),
        },
      };
    } catch (e) {
      const reason: unknown = attemptCtl.signal.reason;
      if (req.signal?.aborted || reason instanceof CancelledSignal) return { ok: false, failure: { kind: 'cancelled' } };
      if (reason instanceof TimeoutSignal) return { ok: false, failure: { kind: 'timeout', timeoutMs } };
      return { ok: false, failure: { kind: 'network', ...classifyNetworkError(e), cause: e } };
    } finally {
      timerCtl.abort();
      req.signal?.removeEventListener('abort', onUserAbort);
    }
  }

  async function request<T>(req: HttpRequest<T>): Promise<T> {
    const method = req.method ?? 'GET';
    const url = buildUrl(req.url, req.query);
    const host = url.host;
    const gate = gateFor(host, req.service);
    const idempotent = req.idempotent ?? method === 'GET';
    const maxAttempts = Math.max(1, req.maxAttempts ?? policy.maxAttempts);
    const timeoutMs = req.timeoutMs ?? defaultTimeoutMs;
    const headers: Record<string, string> = {
      Accept: 'application/json',
      ...(req.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...req.headers,
    };
    const redact: Redactor = makeRedactor(secretsFromHeaders(req.headers));
    const facts = (attempts: number): RequestFacts => ({ service: req.service, instanceName: req.instanceName, method, host, path: url.pathname, attempts });
    const fail = (f: Failure, attempts: number): HttpError => failureToError(f, facts(attempts), redact);

    for (let attempt = 1; ; attempt += 1) {
      if (req.signal?.aborted) throw fail({ kind: 'cancelled' }, attempt);

      let release: () => void;
      try {
        release = await gate.acquire(req.signal, policy.maxRetryAfterMs);
      } catch (e) {
        if (e instanceof HostPausedError) throw fail({ kind: 'paused', waitMs: e.until - nowMs() }, attempt);
        if (req.signal?.aborted) throw fail({ kind: 'cancelled' }, attempt);
        throw e;
      }

      const started = nowMs();
      counters.requests += 1;
      counters.byHost[host] = (counters.byHost[host] ?? 0) + 1;
      counters.byInstance[req.instanceName] = (counters.byInstance[req.instanceName] ?? 0) + 1;
      let outcome: Attempt<T>;
      try {
        outcome = await attemptOnce(req, url, method, headers, timeoutMs);
      } finally {
        release();
      }
      const f = outcome.ok ? undefined : outcome.failure;
      // No headers and no query values: they may carry secrets or personal data.
      log.debug('http', {
        service: req.service,
        instance: req.instanceName,
        method,
        host,
        path: url.pathname,
        status: f === undefined ? 'ok' : f.kind === 'status' || f.kind === 'bad_response' ? f.status : f.kind,
        ...(f?.kind === 'bad_response' ? { problem: f.reason } : {}),
        ...(f?.kind === 'network' ? { problem: f.reason, code: f.code } : {}),
        ms: nowMs() - started,
        attempt,
      });
      if (outcome.ok) return outcome.value;

      const failure = outcome.failure;
      let minWaitMs = 0;
      const backoff = fullJitterDelay(attempt, policy.baseDelayMs, policy.maxDelayMs, random);
      if (failure.kind === 'status' && (failure.status === 429 || (failure.status === 503 && failure.retryAfterMs !== null))) {
        // The host told everyone to slow down: pause every request to it, not just this one.
        const pauseMs = failure.retryAfterMs ?? (failure.status === 429 ? Math.max(MIN_429_PAUSE_MS[req.service], backoff) : 0);
        if (pauseMs > 0) {
          const until = nowMs() + pauseMs;
          gate.pause(until);
          log.info('http host paused', { service: req.service, host, ms: pauseMs, until: new Date(until).toISOString(), status: failure.status });
        }
        if (pauseMs > policy.maxRetryAfterMs) throw fail({ kind: 'paused', waitMs: pauseMs }, attempt);
        minWaitMs = pauseMs;
      }

      if (attempt >= maxAttempts || !isRetryable(failure, idempotent)) throw fail(failure, attempt);

      counters.retries += 1;
      try {
        await clock.sleep(Math.max(minWaitMs, backoff), req.signal);
      } catch (e) {
        if (req.signal?.aborted) throw fail({ kind: 'cancelled' }, attempt);
        throw e;
      }
    }
  }

  function stats(): HttpStats {
    let pausedMs = 0;
    for (const gate of gates.values()) pausedMs += gate.pausedMs;
    return { requests: counters.requests, byHost: { ...counters.byHost }, byInstance: { ...counters.byInstance }, retries: counters.retries, pausedMs };
  }

  return { request, stats };
}
