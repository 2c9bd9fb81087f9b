import type { ZodType } from 'zod';

/** Which API a request goes to: picks the default per-host limits and the words used in errors. */
export type ServiceKind = 'jira' | 'tempo' | 'factorial';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Arrays become repeated keys (`accountId=a&accountId=b`), as Jira and Tempo expect; undefined is left out. */
export type QueryValue = string | number | boolean | Array<string | number> | undefined;

export interface HostLimits {
  /** Requests started per second on one host; requests are spaced evenly (no bursts). */
  requestsPerSecond: number;
  /** Requests in flight at once on one host. */
  maxConcurrent: number;
}

export interface RetryPolicy {
  /** Total tries per request, the first one included. */
  maxAttempts: number;
  /** Backoff before try n+1 is random in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))] (full jitter). */
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * A host that asks us to wait longer than this (Retry-After) is not waited for: the request fails
   * at once with 'rate_limited' and says when to try again, instead of hanging a sync for an hour.
   */
  maxRetryAfterMs: number;
}

export interface HttpRequest<T> {
  service: ServiceKind;
  /** The user's name for the instance; used in messages so a lead with several sites knows which one failed. */
  instanceName: string;
  method?: HttpMethod;
  /** Absolute http(s) URL; `query` is appended to any query it already has. */
  url: string;
  query?: Record<string, QueryValue>;
  /** Secrets may go here (Authorization, x-api-key): they are redacted from every message and log line. */
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  schema: ZodType<T>;
  signal?: AbortSignal;
  /** Per try, from sending to the last byte of the body. Default 30 s. */
  timeoutMs?: number;
  /** A 204 or an empty body is a success; it is validated as `undefined` (use z.undefined(), z.unknown()...). */
  expectEmpty?: boolean;
  /**
   * Whether the request may be sent twice. Defaults to true for GET only. A POST that only reads
   * (Jira search/jql, bulkfetch, worklog/list; Tempo worklogs/search) should pass true.
   * Non-idempotent requests are still retried when the server surely did not act on them
   * (connection refused, 429).
   */
  idempotent?: boolean;
  /** Overrides the client's RetryPolicy.maxAttempts for this request. */
  maxAttempts?: number;
}

export interface HttpStats {
  /** Requests actually sent (each retry counts). */
  requests: number;
  /** Requests sent per host (`host:port`). */
  byHost: Record<string, number>;
  /** Requests sent per instance name (Jira and Tempo together): what a sync of one instance cost. */
  byInstance: Record<string, number>;
  retries: number;
  /** Wall time hosts spent paused by Retry-After / 429, summed over hosts (overlapping pauses of one host counted once). */
  pausedMs: number;
}

export interface HttpClient {
  request<T>(req: HttpRequest<T>): Promise<T>;
  stats(): HttpStats;
}
