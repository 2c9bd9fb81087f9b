import type { ErrorCode } from '../../../shared/errors.js';
import { AppError } from '../errors.js';
import type { ServiceKind } from './http-types.js';

/** Why a request never got an HTTP answer. */
export type NetworkReason = 'dns' | 'refused' | 'reset' | 'tls' | 'other';
/** Why a 2xx answer was not usable. */
export type BadResponseReason = 'html' | 'not_json' | 'invalid_json' | 'schema' | 'empty';
/** Why a redirect was not followed (see redirects.ts). */
export type RedirectReason = 'other_origin' | 'too_many' | 'no_location';

/**
 * An AppError from the HTTP pipeline, with the facts callers need to reword it for their context
 * (e.g. "no such site" on a DNS failure while adding an instance). `message` is already written
 * for the user; `serverMessages` are the API's own error texts, trimmed and redacted.
 */
export class HttpError extends AppError {
  readonly service: ServiceKind;
  readonly instanceName: string;
  readonly reason: NetworkReason | BadResponseReason | RedirectReason | undefined;
  /** For a refused redirect: where the server tried to send the request (origin + path), when known. */
  readonly redirectTarget: string | undefined;
  readonly serverMessages: readonly string[];
  /** Tries made, the first one included. */
  readonly attempts: number;

  constructor(
    code: ErrorCode,
    message: string,
    facts: {
      service: ServiceKind;
      instanceName: string;
      status?: number;
      reason?: NetworkReason | BadResponseReason | RedirectReason;
      redirectTarget?: string;
      serverMessages?: readonly string[];
      attempts?: number;
      detail?: string;
      cause?: unknown;
    },
  ) {
    super(code, message, {
      ...(facts.detail === undefined ? {} : { detail: facts.detail }),
      ...(facts.status === undefined ? {} : { status: facts.status }),
      ...(facts.cause === undefined ? {} : { cause: facts.cause }),
    });
    this.name = 'HttpError';
    this.service = facts.service;
    this.instanceName = facts.instanceName;
    this.reason = facts.reason;
    this.redirectTarget = facts.redirectTarget;
    this.serverMessages = facts.serverMessages ?? [];
    this.attempts = facts.attempts ?? 1;
  }
}

export function isHttpError(e: unknown): e is HttpError {
  return e instanceof HttpError;
}
