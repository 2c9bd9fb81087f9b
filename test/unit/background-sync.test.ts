import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../main/core/errors.js';
import { createEventBus } from '../../main/core/event-bus.js';
import { BACKGROUND_RETRY_MS, createBackgroundSync } from '../../main/core/sync/background-sync.js';
import type { SyncLockHolder } from '../../main/core/sync/sync-lock.js';
import { presetRange } from '../../shared/domain/dates.js';
import type { AppSettings } from '../../shared/domain/settings.js';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings.js';
import type { SyncSummary } from '../../shared/domain/sync.js';
import { createMemoryLogger } from '../fakes/memory-logger.js';

const H = 3_600_000;
const MIN = 60_000;
const START = new Date(2026, 10, 27, 9, 0);

/**
 * A stand-in for the sync engine with just what the schedule reads: whether a sync runs here or
 * in another process, and starting one. `finish()` ends the running sync the way the engine does
 * (the history row closes, then sync.finished is emitted).
 */
function world(initial: Partial<AppSettings> = {}, lastEnd: Date | null = null) {
  const events = createEventBus();
  let settings: AppSettings = { ...DEFAULT_SETTINGS, ...initial };
  let running: string | null = null;
  let holder: SyncLockHolder | null = null;
  let last = lastEnd;
  let n = 0;
  const starts: { from: string; to: string; at: Date }[] = [];
  let refuse: AppError | null = null;
  const sync = {
    start: vi.fn((req: { from: string; to: string }) => {
      if (refuse) throw refuse;
      if (running) throw new AppError('busy', 'A sync is already running.');
      running = `run-${++n}`;
      starts.push({ ...req, at: new Date() });
      return { runId: running, joined: false, done: new Promise<SyncSummary>(() => {}) };
    }),
    status: () => ({ running: running !== null, runId: running, from: null, to: null, progress: [] }),
    elsewhere: () => holder,
  };
  const onChange = vi.fn();
  const bg = createBackgroundSync({ sync, settings: () => settings, lastSyncEnd: () => last, events, now: () => new Date(), log: createMemoryLogger() });
  bg.onChange(onChange);
  return {
    bg,
    starts,
    onChange,
    /** A sync (ours, manual, tray…) running in this process. */
    begin(id = `manual-${++n}`) {
      running = id;
    },
    finish() {
      const runId = running ?? 'none';
      running = null;
      last = new Date();
      events.emit('sync.finished', { runId, from: '2026-11-01', to: '2026-11-30', ok: true, runs: [] });
    },
    /** A sync of another process (the CLI) that ended: this process hears no event. */
    endedElsewhere() {
      last = new Date();
    },
    lockHeldElsewhere(h: SyncLockHolder | null) {
      holder = h;
    },
    refuseWith(e: AppError | null) {
      refuse = e;
    },
    setSettings(patch: Partial<AppSettings>) {
      settings = { ...settings, ...patch };
      events.emit('settings.changed', settings);
    },
  };
}

const at = (ms: number): Date => new Date(START.getTime() + ms);

describe('background sync schedule', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: START });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is off by default: no timer, nothing planned, nothing started in two days', () => {
    const w = world();
    expect(w.bg.nextAt()).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(48 * H);
    expect(w.starts).toEqual([]);
  });

  it('starts the default range N hours after the app started when it never synced, then every N hours after each end', () => {
    const w = world({ backgroundSyncHours: 4, syncDefaultPreset: 'this-week' });
    expect(w.bg.nextAt()).toEqual(at(4 * H));
    vi.advanceTimersByTime(4 * H - 1);
    expect(w.starts).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(w.starts).toEqual([{ ...presetRange('this-week', at(4 * H)), at: at(4 * H) }]);
    expect(w.bg.isBackgroundRun('run-1')).toBe(true);
    // Nothing planned while it runs; it has no second timer.
    expect(w.bg.nextAt()).toBeNull();
    expect(vi.getTimerCount()).toBe(0);

    vi.advanceTimersByTime(3 * MIN);
    w.finish();
    expect(w.bg.nextAt()).toEqual(at(4 * H + 3 * MIN + 4 * H));
    vi.advanceTimersByTime(4 * H);
    expect(w.starts).toHaveLength(2);
    expect(w.starts[1]?.at).toEqual(at(8 * H + 3 * MIN));
  });

  it('counts from the end of the last sync in the history; an overdue one starts right away', () => {
    const recent = world({ backgroundSyncHours: 8 }, at(-3 * H));
    expect(recent.bg.nextAt()).toEqual(at(5 * H));
    recent.bg.dispose();

    const overdue = world({ backgroundSyncHours: 2 }, at(-30 * H));
    vi.advanceTimersByTime(0);
    expect(overdue.starts.map((s) => s.at)).toEqual([START]);
  });

  it('a manual sync postpones it: N hours are counted from the manual sync’s end', () => {
    const w = world({ backgroundSyncHours: 4 });
    vi.advanceTimersByTime(3 * H);
    w.begin();
    vi.advanceTimersByTime(10 * MIN);
    w.finish();
    expect(w.bg.nextAt()).toEqual(at(3 * H + 10 * MIN + 4 * H));
    vi.advanceTimersByTime(4 * H - 1);
    expect(w.starts).toEqual([]);
    expect(w.bg.isBackgroundRun('manual-1')).toBe(false);
    vi.advanceTimersByTime(1);
    expect(w.starts).toHaveLength(1);
  });

  it('a sync that ended in another process (the CLI) postpones it too, found when the timer fires', () => {
    const w = world({ backgroundSyncHours: 4 });
    vi.advanceTimersByTime(2 * H);
    w.endedElsewhere();
    vi.advanceTimersByTime(2 * H);
    expect(w.starts).toEqual([]);
    expect(w.bg.nextAt()).toEqual(at(6 * H));
    vi.advanceTimersByTime(2 * H);
    expect(w.starts).toHaveLength(1);
  });

  it('skips while a sync runs here or the lock is held elsewhere, and tries again later', () => {
    const w = world({ backgroundSyncHours: 1 });
    w.begin();
    vi.advanceTimersByTime(1 * H);
    expect(w.starts).toEqual([]);
    expect(w.bg.nextAt()).toEqual(at(H + BACKGROUND_RETRY_MS));
    expect(vi.getTimerCount()).toBe(1);

    // The manual sync is still running at the retry: postponed again, not queued.
    vi.advanceTimersByTime(BACKGROUND_RETRY_MS);
    expect(w.starts).toEqual([]);
    expect(vi.getTimerCount()).toBe(1);

    // It ended: N hours from its end. Then the CLI holds the lock when it is due.
    vi.advanceTimersByTime(MIN);
    w.finish();
    const end = H + BACKGROUND_RETRY_MS + MIN;
    expect(w.bg.nextAt()).toEqual(at(end + H));
    w.lockHeldElsewhere({ pid: 4242, owner: 'the command line', since: null });
    vi.advanceTimersByTime(H);
    expect(w.starts).toEqual([]);
    expect(w.bg.nextAt()).toEqual(at(end + H + BACKGROUND_RETRY_MS));
    w.lockHeldElsewhere(null);
    vi.advanceTimersByTime(BACKGROUND_RETRY_MS);
    expect(w.starts.map((s) => s.at)).toEqual([at(end + H + BACKGROUND_RETRY_MS)]);
  });

  it('when it cannot start: soon again if busy, a full interval later otherwise (no instance yet)', () => {
    const w = world({ backgroundSyncHours: 2 });
    w.refuseWith(new AppError('busy', 'A sync of 1 – 7 Nov is already running.'));
    vi.advanceTimersByTime(2 * H);
    expect(w.bg.nextAt()).toEqual(at(2 * H + BACKGROUND_RETRY_MS));
    w.refuseWith(new AppError('validation', 'There is no Jira instance to sync yet. Add one in Settings first.'));
    vi.advanceTimersByTime(BACKGROUND_RETRY_MS);
    expect(w.bg.nextAt()).toEqual(at(4 * H + BACKGROUND_RETRY_MS));
    expect(vi.getTimerCount()).toBe(1);
    w.refuseWith(null);
    vi.advanceTimersByTime(2 * H);
    expect(w.starts).toHaveLength(1);
  });

  it('reschedules when the setting changes: on, longer, shorter, off — one timer at most', () => {
    const w = world();
    vi.advanceTimersByTime(5 * H);
    w.setSettings({ backgroundSyncHours: 2 });
    expect(w.bg.nextAt()).toEqual(at(7 * H));
    expect(vi.getTimerCount()).toBe(1);
    w.setSettings({ backgroundSyncHours: 8 });
    expect(w.bg.nextAt()).toEqual(at(13 * H));
    expect(vi.getTimerCount()).toBe(1);
    // Another setting changing leaves the plan alone.
    w.setSettings({ syncDefaultPreset: 'last-month' });
    expect(w.bg.nextAt()).toEqual(at(13 * H));
    w.setSettings({ backgroundSyncHours: 0 });
    expect(w.bg.nextAt()).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(48 * H);
    expect(w.starts).toEqual([]);
    // On again later: counted from then, not from the app's start.
    w.setSettings({ backgroundSyncHours: 1 });
    expect(w.bg.nextAt()).toEqual(at(54 * H));
    vi.advanceTimersByTime(H);
    expect(w.starts.map((s) => ({ from: s.from, to: s.to }))).toEqual([presetRange('last-month', at(54 * H))]);
    // Each change of plan is announced (the tray shows the next time): on, longer, off, on again, started.
    expect(w.onChange).toHaveBeenCalledTimes(5);
  });

  it('stops on dispose: no timer left, events ignored, nothing starts', () => {
    const w = world({ backgroundSyncHours: 1 });
    w.bg.dispose();
    expect(vi.getTimerCount()).toBe(0);
    expect(w.bg.nextAt()).toBeNull();
    w.setSettings({ backgroundSyncHours: 2 });
    w.begin();
    w.finish();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(48 * H);
    expect(w.starts).toEqual([]);
  });
});
