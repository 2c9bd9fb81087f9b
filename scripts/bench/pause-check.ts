import type { SeenRequest } from './request-counts.js';

export interface PauseCheck {
  server: 'jira' | 'tempo';
  /** 429s the fake sent to this host (the plan asks for exactly one). */
  rateLimited: number;
  /** When the fake answered the 429 (epoch ms) and how long it asked us to wait. */
  pausedAt: number | null;
  retryAfterMs: number;
  /** Requests that reached the host while it had asked us to wait: must be 0. */
  sentWhilePaused: number;
  /** From the 429 to the next request the host received (≥ retryAfterMs when the pause was kept). */
  nextRequestAfterMs: number | null;
}

/**
 * Checks a Retry-After pause from the fake's own timestamps: a request that arrives after the 429
 * was answered and before Retry-After elapsed broke the pause. A request the client had already
 * sent could still land just after the 429 (they overlap in flight); at the default limits, starts
 * on one host are ≥ 100 ms apart while a 429 comes back in a millisecond or two, so none can.
 */
export function checkPause(server: 'jira' | 'tempo', requests: readonly SeenRequest[], retryAfterMs: number): PauseCheck {
  const mine = requests.filter((r) => r.server === server).sort((a, b) => a.at - b.at);
  const limited = mine.filter((r) => r.fault === 'rate-limit');
  const first = limited[0];
  if (!first) return { server, rateLimited: 0, pausedAt: null, retryAfterMs, sentWhilePaused: 0, nextRequestAfterMs: null };
  const pausedAt = first.respondedAt ?? first.at;
  let sentWhilePaused = 0;
  for (const w of limited) {
    const from = w.respondedAt ?? w.at;
    sentWhilePaused += mine.filter((r) => r !== w && r.at > from && r.at < from + retryAfterMs).length;
  }
  const next = mine.find((r) => r !== first && r.at > pausedAt);
  return {
    server,
    rateLimited: limited.length,
    pausedAt,
    retryAfterMs,
    sentWhilePaused,
    nextRequestAfterMs: next ? next.at - pausedAt : null,
  };
}
