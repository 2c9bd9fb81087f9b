import { describe, expect, it } from 'vitest';
import { createNudgeScheduler } from '../../../main/core/nudge/nudge-scheduler.js';
import type { NudgeSettings, NudgeSummary } from '../../../main/core/nudge/nudge-scheduler.js';

const noLog = { log() {}, debug() {}, info() {}, warn() {}, error() {} };
const weekday = (d: string): boolean => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

function world(start: Date) {
  let now = start;
  const s: NudgeSettings = { morningReminder: true, morningReminderTime: '09:00', morningReminderLastFired: null };
  const shown: NudgeSummary[] = [];
  const asked: string[] = [];
  const scheduler = createNudgeScheduler({
    now: () => now,
    settings: () => s,
    markFired: (day) => (s.morningReminderLastFired = day),
    isWorkingDay: weekday,
    behindFor: (day) => (asked.push(day), [{ accountId: 'a', name: 'Ana' }, { accountId: 'b', name: 'Zoë' }]),
    notify: (x) => shown.push(x),
    log: noLog,
    timers: { setTimeout: () => 1, clearTimeout: () => {} },
  });
  return { scheduler, s, shown, asked, set: (d: Date) => (now = d) };
}

describe('morning nudge scheduler', () => {
  it('fires once after the time on a working day, about the previous working day, never twice', () => {
    const w = world(new Date(2026, 11, 7, 8, 59)); // Monday
    w.scheduler.check();
    expect(w.shown).toHaveLength(0);
    w.set(new Date(2026, 11, 7, 9, 0));
    w.scheduler.check();
    w.set(new Date(2026, 11, 7, 15, 0));
    w.scheduler.check();
    expect(w.asked).toEqual(['2026-12-04']); // Friday
    expect(w.shown).toHaveLength(1);
    expect(w.scheduler.summary()?.people).toHaveLength(2);
  });

  it('fires on wake when the time passed while asleep; not on weekends; not when off', () => {
    const w = world(new Date(2026, 11, 8, 13, 30)); // Tuesday, woke after lunch
    w.scheduler.check();
    expect(w.asked).toEqual(['2026-12-07']);
    w.set(new Date(2026, 11, 12, 10, 0)); // Saturday
    w.scheduler.check();
    expect(w.asked).toHaveLength(1);
    w.s.morningReminder = false;
    w.set(new Date(2026, 11, 14, 10, 0));
    w.scheduler.check();
    expect(w.asked).toHaveLength(1);
  });
});
