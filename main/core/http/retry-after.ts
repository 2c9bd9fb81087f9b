/**
 * Parses a Retry-After header into milliseconds to wait from `now`.
 * RFC 9110 allows delay-seconds or an HTTP-date. Jira sends seconds (0 included); a date in the
 * past means "now". Returns null when absent or unreadable, so callers can fall back to backoff.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date | number): number | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  // Seconds are integers by the RFC; a decimal is tolerated because some proxies send one.
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  // A bare negative or other number is not a date: Date.parse would read "-5" as a year.
  if (/^[-+]?[\d.]+$/.test(trimmed)) return null;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  const nowMs = typeof now === 'number' ? now : now.getTime();
  return Math.max(0, at - nowMs);
}
