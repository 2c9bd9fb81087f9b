import { describe, expect, it } from 'vitest';
import { HostGate, HostPausedError } from '../../../main/core/http/host-gate.js';
import type { Clock } from '../../../main/core/ports.js';
import { systemClock } from '../../../main/core/system-clock.js';

/** A clock whose sleeps pass instantly but move it on, and that a test can set back; records each sleep. */
function steppingClock(startMs: number): Clock & { set(ms: number): void; sleeps: number[] } {
  let nowMs = startMs;
  const sleeps: number[] = [];
  return {
    now: () => new Date(nowMs),
    sleep: async (ms) => {
      sleeps.push(ms);
      nowMs += ms;
    },
    set: (ms) => {
      nowMs = ms;
    },
    sleeps,
  };
}

describe('HostGate', () => {
  it('never lets more than maxConcurrent through at once', async () => {
    const gate = new HostGate({ requestsPerSecond: 0, maxConcurrent: 2 }, systemClock);
    let current = 0;
    let max = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        const release = await gate.acquire();
        current += 1;
        max = Math.max(max, current);
        await new Promise((r) => setTimeout(r, 10));
        current -= 1;
        release();
      }),
    );
    expect(max).toBe(2);
  });

  it('spaces starts evenly', async () => {
    const gate = new HostGate({ requestsPerSecond: 50, maxConcurrent: 10 }, systemClock);
    const starts: number[] = [];
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        const release = await gate.acquire();
        starts.push(Date.now());
        release();
      }),
    );
    starts.sort((a, b) => a - b);
    // Timers fire late, never early, and a late start doesn't move later slots: so the i-th start is
    // at least i intervals (20 ms at 50/s) after the first could go — however loaded the machine is.
    starts.forEach((t, i) => expect(t - t0, `start ${i}`).toBeGreaterThanOrEqual(i * 20 - 1));
  });

  it('holds everyone during a pause, and fails fast when the pause is longer than allowed', async () => {
    const gate = new HostGate({ requestsPerSecond: 0, maxConcurrent: 4 }, systemClock);
    const until = Date.now() + 150;
    gate.pause(until);
    const release = await gate.acquire();
    expect(Date.now()).toBeGreaterThanOrEqual(until);
    release();
    expect(gate.pausedMs).toBeGreaterThanOrEqual(140);

    gate.pause(Date.now() + 60_000);
    await expect(gate.acquire(undefined, 1000)).rejects.toBeInstanceOf(HostPausedError);
  });

  it('gives the slot back when a waiter is aborted', async () => {
    const gate = new HostGate({ requestsPerSecond: 0, maxConcurrent: 1 }, systemClock);
    const first = await gate.acquire();
    const ctl = new AbortController();
    const waiting = gate.acquire(ctl.signal);
    ctl.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    first();
    const again = await gate.acquire();
    again();
  });

  it('keeps spacing requests, without waiting out the jump, when the wall clock is set back', async () => {
    // 10/s: starts 100 ms apart. The spacing was reserved on the old time; the user (or NTP) then
    // moves the clock back a day. The next request must not sleep that day away (a sync that
    // seems stuck); it goes at once and the spacing resumes from the new time.
    const clock = steppingClock(Date.parse('2026-12-10T09:00:00Z'));
    const gate = new HostGate({ requestsPerSecond: 10, maxConcurrent: 2 }, clock);
    for (let i = 0; i < 5; i++) (await gate.acquire())();
    expect(clock.sleeps).toEqual([100, 100, 100, 100]);
    clock.set(Date.parse('2026-12-09T09:00:00Z'));
    clock.sleeps.length = 0;
    for (let i = 0; i < 3; i++) (await gate.acquire())();
    expect(clock.sleeps).toEqual([100, 100]);
  });
});
