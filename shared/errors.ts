/**
 * Error codes that cross the process boundary. Thrown errors lose their class across IPC and HTTP,
 * so every failure travels as `{ code, message }`: the code drives UI behaviour (e.g. "replace the
 * token"), the message is already written for a team lead.
 */
export const ERROR_CODES = [
  'validation',
  'not_found',
  'conflict',
  'auth',
  'rate_limited',
  'server',
  'network',
  'timeout',
  'bad_response',
  'keychain',
  'database',
  'busy',
  'cancelled',
  'forbidden',
  /** The file system refused a file we write (folder not writable, disk full). */
  'storage',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface WireError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: WireError };
