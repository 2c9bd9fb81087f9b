import type { Clock } from '../ports.js';
import type { HostLimits } from './http-types.js';

/** Thrown by `acquire` when the host asked us to wait longer than the caller is willing to. */
export class HostPausedError extends Error {
  constructor(readonly until: number) {
    super('host paused');
    this.name = 'HostPausedError';
  }
}

export type Release = () => void;

/**
 * Everything one host shares across all concurrent requests to it: a concurrency cap, even
 * spacing of request starts (rate limit), and a pause set by Retry-After / 429. One gate per host,
 * so parallel sync workers of several instances on one host (Tempo!) respect the same limits.
 *
 * Invariant: no request is started while `pausedUntil` is in the future. `acquire` re-checks the
 * pause synchronously right before returning, and the caller sends in that same tick.
 */
export class HostGate {
  private readonly intervalMs: number;
  private readonly maxConcurrent: number;
  private inFlight = 0;
  private readonly waiters: Array<() => void> = [];
  private nextStartAt = 0;
  private pausedUntilMs = 0;
  private pausedTotalMs = 0;

  constructor(
    limits: HostLimits,
    private readonly clock: Clock,
  ) {
    this.intervalMs = limits.requestsPerSecond > 0 && Number.isFinite(limits.requestsPerSecond) ? 1000 / limits.requestsPerSecond : 0;
    this.maxConcurrent = Math.max(1, Math.floor(limits.maxConcurrent));
  }

  get pausedUntil(): number {
    return this.pausedUntilMs;
  }

  /** Wall time this host has been paused in total. */
  get pausedMs(): number {
    return this.pausedTotalMs;
  }

  /** Extends the pause to `until` (never shortens it: the longest Retry-After wins). */
  pause(until: number): void {
    const now = this.clock.now().getTime();
    const from = Math.max(now, this.pausedUntilMs);
    if (until > from) {
      this.pausedTotalMs += until - from;
      this.pausedUntilMs = until;
    }
  }

  /**
   * Waits for a concurrency slot, the end of any pause and this request's turn in the spacing.
   * Returns the function that frees the slot; call it once the response is read.
   */
  async acquire(signal?: AbortSignal, maxPauseMs = Number.POSITIVE_INFINITY): Promise<Release> {
    await this.takeSlot(signal);
    try {
      for (;;) {
        signal?.throwIfAborted();
        let now = this.clock.now().getTime();
        if (this.pausedUntilMs > now) {
          if (this.pausedUntilMs - now > maxPauseMs) throw new HostPausedError(this.pausedUntilMs);
          await this.clock.sleep(this.pausedUntilMs - now, signal);
          continue;
        }
        // Only slot holders reserve, so no honest reservation lies more than one interval per slot
        // ahead. Further means the wall clock was set back (by the user, NTP, a VM resume): the
        // old reservations would make every request sleep the size of the jump. Start from now.
        if (this.nextStartAt > now + this.intervalMs * (this.maxConcurrent + 1)) this.nextStartAt = now;
        // Reserve a start time now, so waiters keep their order instead of racing on wake-up.
        const startAt = Math.max(now, this.nextStartAt);
        this.nextStartAt = startAt + this.intervalMs;
        if (startAt > now) await this.clock.sleep(startAt - now, signal);
        now = this.clock.now().getTime();
        // A 429 may have arrived while we slept: the reservation is void, queue again after the pause.
        if (this.pausedUntilMs > now) continue;
        return this.releaser();
      }
    } catch (e) {
      this.freeSlot();
      throw e;
    }
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.freeSlot();
    };
  }

  private takeSlot(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.inFlight < this.maxConcurrent) {
      this.inFlight += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const grant = (): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = (): void => {
        const i = this.waiters.indexOf(grant);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(signal?.reason);
      };
      this.waiters.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private freeSlot(): void {
    const next = this.waiters.shift();
    // The slot passes straight to the next waiter: inFlight stays the same.
    if (next) next();
    else this.inFlight -= 1;
  }
}
