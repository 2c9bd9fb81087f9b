import type { NetworkReason } from './http-error.js';

export interface NetworkFailureFacts {
  reason: NetworkReason;
  /** The low-level code we recognised (ENOTFOUND, UND_ERR_SOCKET, net::ERR_...), for the log. */
  code: string | undefined;
  /** Worth another try: a lookup that failed "for now", a refused or dropped connection. */
  transient: boolean;
}

/**
 * Node's fetch (undici) throws `TypeError('fetch failed')` with the real error in `cause`
 * (`code: 'ENOTFOUND' | 'ECONNREFUSED' | 'UND_ERR_SOCKET' ...`); Electron's net.fetch puts
 * Chromium's `net::ERR_...` name in the message. Walk the cause chain and read both.
 */
export function classifyNetworkError(error: unknown): NetworkFailureFacts {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth += 1) {
    if (typeof current === 'object') {
      const { code, message } = current as { code?: unknown; message?: unknown };
      if (typeof code === 'string') codes.push(code);
      if (typeof message === 'string') {
        const chromium = /net::(ERR_[A-Z_]+)/.exec(message);
        if (chromium?.[1] !== undefined) codes.push(chromium[1]);
      }
      current = (current as { cause?: unknown }).cause;
    } else {
      break;
    }
  }

  for (const code of codes) {
    if (code === 'EAI_AGAIN') return { reason: 'dns', code, transient: true };
    if (['ENOTFOUND', 'EAI_NONAME', 'EAI_FAIL', 'ERR_NAME_NOT_RESOLVED', 'ERR_NAME_RESOLUTION_FAILED'].includes(code)) {
      return { reason: 'dns', code, transient: false };
    }
    if (code === 'ECONNREFUSED' || code === 'ERR_CONNECTION_REFUSED') return { reason: 'refused', code, transient: true };
    if (['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ERR_CONNECTION_RESET', 'ERR_CONNECTION_CLOSED', 'ERR_EMPTY_RESPONSE'].includes(code)) {
      return { reason: 'reset', code, transient: true };
    }
    if (/^(CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|ERR_TLS|ERR_SSL|ERR_CERT|ERR_BAD_SSL)/.test(code)) {
      return { reason: 'tls', code, transient: false };
    }
  }
  return { reason: 'other', code: codes[0], transient: true };
}
