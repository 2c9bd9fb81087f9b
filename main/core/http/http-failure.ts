import type { BadResponseReason, NetworkReason, RedirectReason } from './http-error.js';

/**
 * What went wrong with one try, as facts. The pipeline decides from these whether to retry, and
 * only the last one becomes an HttpError with words for the user (failure-to-error.ts).
 */
export type Failure =
  | {
      kind: 'status';
      status: number;
      /** The body was an HTML page (proxy, gateway, login wall) rather than an API error. */
      html: boolean;
      serverMessages: string[];
      /** From Retry-After, when the answer had one. */
      retryAfterMs: number | null;
    }
  | { kind: 'network'; reason: NetworkReason; code: string | undefined; transient: boolean; cause: unknown }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'bad_response'; reason: BadResponseReason; status: number; contentType: string; issues?: string }
  /** The host asked us (via Retry-After) to wait longer than we are willing to. */
  | { kind: 'paused'; waitMs: number }
  /**
   * The server redirected somewhere we will not follow with the token attached: another origin, too
   * many hops, or no usable Location. `target` is origin + path (no query), or null when unknown.
   */
  | { kind: 'redirect'; status: number; reason: RedirectReason; target: string | null }
  /** The caller's AbortSignal fired. */
  | { kind: 'cancelled' };

export interface RequestFacts {
  service: 'jira' | 'tempo' | 'factorial';
  instanceName: string;
  method: string;
  host: string;
  /** Path only: query values may be sensitive and are never shown or logged. */
  path: string;
  attempts: number;
}
