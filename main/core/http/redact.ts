/**
 * Secrets travel only in request headers. Everything we show or log that could echo them (server
 * error bodies, our own details) passes through a redactor built from those headers, so a proxy
 * that reflects the Authorization header back cannot leak the token into a message or the log.
 */
const SENSITIVE_HEADER = /authorization|token|secret|api-?key|cookie|password/i;
/** Shorter values would redact ordinary words; real tokens are far longer. */
const MIN_SECRET_LENGTH = 6;
export const REDACTED = '[redacted]';

export function secretsFromHeaders(headers: Record<string, string> | undefined): string[] {
  const found = new Set<string>();
  for (const [name, rawValue] of Object.entries(headers ?? {})) {
    if (!SENSITIVE_HEADER.test(name)) continue;
    const value = rawValue.trim();
    found.add(value);
    const scheme = /^(basic|bearer)\s+(.+)$/i.exec(value);
    if (scheme?.[1] !== undefined && scheme[2] !== undefined) {
      const credentials = scheme[2].trim();
      found.add(credentials);
      if (scheme[1].toLowerCase() === 'basic') {
        const decoded = Buffer.from(credentials, 'base64').toString('utf8');
        found.add(decoded);
        const colon = decoded.indexOf(':');
        // The part after the email is the API token.
        if (colon >= 0) found.add(decoded.slice(colon + 1));
      }
    }
  }
  // Longest first, so a whole header is replaced before a part of it.
  return [...found].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

export type Redactor = (text: string) => string;

export function makeRedactor(secrets: readonly string[]): Redactor {
  return (text) => {
    let out = text;
    for (const secret of secrets) out = out.split(secret).join(REDACTED);
    return out;
  };
}
