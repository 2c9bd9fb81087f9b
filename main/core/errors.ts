import type { ErrorCode, WireError } from '../../shared/errors.js';
import { ERROR_CODES } from '../../shared/errors.js';

/**
 * The one error type of main. `message` is shown to the user as is, so it must be plain words with
 * what to do next, and must never contain a secret. `detail` is for the log only (still redacted).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;
  /** For HTTP failures: the status the server answered with, when there was one. */
  readonly status: number | undefined;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; detail?: string; status?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.detail = options?.detail;
    this.status = options?.status;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

const INTERNAL_MESSAGE =
  'Something went wrong inside Worklog Desk. Nothing was changed; try again, and if it keeps happening, send the log file (Help → Open log folder) to the developers.';

/** Turns anything thrown into what may cross the process boundary: never a stack, never a raw message. */
export function toWireError(e: unknown): WireError {
  if (isAppError(e) && (ERROR_CODES as readonly string[]).includes(e.code)) {
    return { code: e.code, message: e.message };
  }
  return { code: 'internal', message: INTERNAL_MESSAGE };
}
