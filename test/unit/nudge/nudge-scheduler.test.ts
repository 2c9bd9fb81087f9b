import { describe, expect, it } from 'vitest';
import { createNudgeScheduler, nudgeText } from '../../../main/core/nudge/nudge-scheduler.js';
import type { NudgeSettings, NudgeSummary } from '../../../main/core/nudge/nudge-scheduler.js';

const noLog = { log() {}, debug() {}, info() {}, warn() {}, error() {} };
const weekday = (d: string): boolean => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

function world(start: Date) {
  let now = start;
  const s: NudgeSettings = { morningReminder: true, morningReminderTime: '09:00', morningReminderLastFired: null };
  const shown: NudgeSummary[] = [];
  const asked: string[] = [];
  const behind = [{ accountId: 'a', name: 'Ana' }, { accountId: 'b', name: 'Zoë' }];
  const scheduler = createNudgeScheduler({
    now: () => now,
    settings: () => s,
    markFired: (day) => (s.morningReminderLastFired = day),
    isWorkingDay: weekday,
    behindFor: (day) => (asked.push(day), [...behind]),
    notify: (x) => shown.push(x),
    log: noLog,
    timers: { setTimeout: () => 1, clearTimeout: () => {} },
  });
  return { scheduler, s, shown, asked, behind, set: (d: Date) => (now = d) };
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

  it('recounts the same day after a sync without notifying again, and tells listeners', () => {
    const w = world(new Date(2026, 11, 8, 9, 5));
    let changes = 0;
    w.scheduler.onChange(() => changes++);
    w.scheduler.check();
    expect(w.scheduler.summary()?.people).toHaveLength(2);
    w.behind.pop(); // Zoë logged her time
    w.scheduler.recount();
    expect(w.scheduler.summary()).toEqual({ day: '2026-12-07', people: [{ accountId: 'a', name: 'Ana' }] });
    expect(w.shown).toHaveLength(1);
    expect(changes).toBe(2);
  });

  it('after a restart on a day it already fired, the count comes back without a second notification', () => {
    const w = world(new Date(2026, 11, 8, 11, 0));
    w.s.morningReminderLastFired = '2026-12-08';
    expect(w.scheduler.summary()).toBeNull();
    w.scheduler.check();
    expect(w.scheduler.summary()).toEqual({ day: '2026-12-07', people: w.behind });
    expect(w.shown).toHaveLength(0);
    w.scheduler.check();
    expect(w.asked).toEqual(['2026-12-07']);
  });

  it('words: yesterday, or the day named on a Monday; one person, nobody', () => {
    const two = { day: '2026-12-07', people: [{ accountId: 'a', name: 'Ana' }, { accountId: 'b', name: 'Zoë' }] };
    expect(nudgeText(two, '2026-12-08')).toEqual({ title: '2 people are behind for yesterday', menu: '2 people behind for yesterday' });
    expect(nudgeText({ day: '2026-12-04', people: [{ accountId: 'a', name: 'Ana' }] }, '2026-12-07')).toEqual({
      title: '1 person is behind for Friday 4 Dec',
      menu: '1 person behind for Friday 4 Dec',
    });
    expect(nudgeText({ day: '2026-12-07', people: [] }, '2026-12-08').menu).toBe('Nobody behind for yesterday');
  });
});
