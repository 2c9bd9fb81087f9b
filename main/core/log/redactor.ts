/**
 * Last line of defence for secrets in logs: every token the process reads from or writes to the
 * keychain is registered here, and every log line is scrubbed of them and of auth header shapes.
 */
export interface Redactor {
  add(secret: string): void;
  redact(text: string): string;
}

const PATTERNS: RegExp[] = [
  /\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]{6,}/gi,
  /\bATATT[A-Za-z0-9_=-]{10,}/g, // Atlassian API token shape
  /(x-api-key["':=\s]+)[^\s"',}]+/gi,
];

export function createRedactor(): Redactor {
  const secrets = new Set<string>();
  return {
    add(secret) {
      // Very short values would scrub ordinary words; real tokens are long.
      if (secret.trim().length >= 6) secrets.add(secret.trim());
    },
    redact(text) {
      let out = text;
      for (const s of secrets) out = out.split(s).join('[secret]');
      for (const p of PATTERNS) out = out.replace(p, (_m, prefix: string) => `${/^(basic|bearer)$/i.test(prefix) ? prefix + ' ' : prefix}[secret]`);
      return out;
    },
  };
}
