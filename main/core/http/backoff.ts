/**
 * Full-jitter exponential backoff (AWS Architecture Blog, "Exponential Backoff and Jitter"):
 * a random wait in [0, min(cap, base * 2^(retry-1))]. Full jitter spreads the clients that failed
 * together, so they do not come back together and fail again.
 * `retry` is 1 for the first retry.
 */
export function fullJitterDelay(retry: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}
