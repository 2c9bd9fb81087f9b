import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh per-launch secret: 256 bits, URL-safe so it can ride in the URL fragment and a query. */
export function createSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Constant-time comparison. Both sides are hashed first so their lengths are equal (timingSafeEqual
 * demands it) and the length of the real secret can't be probed either.
 */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string' || given.length === 0 || given.length > 512) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}
