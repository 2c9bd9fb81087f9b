import { describe, expect, it, vi } from 'vitest';
import type { AppCore } from '../../../main/core/app-core.js';
import { AppError } from '../../../main/core/errors.js';
import { createEventBus } from '../../../main/core/event-bus.js';
import type { TeamHours } from '../../../main/core/team/team-hours.js';
import type { Timers } from '../../../main/core/sync/background-sync.js';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings.js';
import type { SyncRunView, SyncSummary } from '../../../shared/domain/sync.js';

vi.mock('electron', () => import('./electron-fake.js'));
const { TRAY_REFRESH_MS, wireTraySync } = await import('../../../main/electron/tray-sync.js');

// Local wall-clock times (the tray speaks the user's local time), whatever the machine's zone.
const local = (d: number, h: number, m: number, s = 0): Date => new Date(2026, 10, d, h, m, s);
const NOW = local(27, 10, 15);

const run = (over: Partial<SyncRunView>): SyncRunView => ({
  id: 1,
  runId: 'r1',
  kind: 'worklogs',
  instanceId: 'i1',
  instanceName: 'Acme',
  source: 'jira',
  from: '2026-11-01',
  to: '2026-11-30',
  startedAt: local(27, 9, 40).toISOString(),
  endedAt: local(27, 9, 41).toISOString(),
  status: 'ok',
  counts: { fetched: 120, inserted: 3, updated: 1, deleted: 0 },
  issuesRefreshed: 0,
  requests: 9,
  error: null,
  ...over,
});

const HOURS: TeamHours = { scope: 'team', today: '2026-11-27', week: { from: '2026-11-23', to: '2026-11-29' }, todaySeconds: 37.5 * 3600, weekSeconds: 152 * 3600 };

/** Timers that only record: the test decides when one fires. */
function manualTimers() {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let id = 0;
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      pending.set(++id, { fn, ms });
      return id;
    },
    clearTimeout: (h) => pending.delete(h as number),
  };
  return {
    timers,
    pending,
    fireNext(): number {
      const [key, t] = [...pending.entries()][0] ?? [];
      if (key === undefined || !t) throw new Error('no timer pending');
      pending.delete(key);
      t.fn();
      return t.ms;
    },
  };
}

function fakeCore(history: SyncRunView[] = [], hours: TeamHours = HOURS) {
  const events = createEventBus();
  const start = vi.fn((_req: { from: string; to: string }) => ({ runId: 'r2', joined: false, done: new Promise<SyncSummary>(() => {}) }));
  const teamHours = vi.fn(() => hours);
  const core = {
    events,
    services: {
      sync: { start, status: () => ({ running: false, runId: null, from: null, to: null, progress: [] }), history: () => history },
      settings: { get: () => DEFAULT_SETTINGS },
      teamHours,
    },
  } as unknown as AppCore;
  return { core, events, start, teamHours };
}

const summary = (runs: SyncRunView[], runId = 'r1'): SyncSummary => ({ runId, from: '2026-11-01', to: '2026-11-30', ok: runs.every((r) => r.status === 'ok'), runs });

describe('tray sync wiring', () => {
  it('Sync now starts the default range (this month)', () => {
    const { core, start } = fakeCore();
    const t = wireTraySync(core, { notify: vi.fn(() => true) }, vi.fn(), { now: () => NOW });
    t.syncNow();
    expect(start).toHaveBeenCalledWith({ from: '2026-11-01', to: '2026-11-30' });
  });

  it('a sync that cannot start is reported in plain words', () => {
    const { core, start } = fakeCore();
    start.mockImplementation(() => {
      throw new AppError('validation', 'There is no Jira instance to sync yet. Add one in Settings first.');
    });
    const notify = vi.fn(() => true);
    wireTraySync(core, { notify }, vi.fn()).syncNow();
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ title: 'Sync not started', body: 'There is no Jira instance to sync yet. Add one in Settings first.' }));
  });

  it('the menu state: last sync time and result, the team’s hours today and this week, no background line when off', () => {
    const { core } = fakeCore([run({})]);
    const t = wireTraySync(core, { notify: vi.fn(() => true) }, vi.fn(), { now: () => NOW });
    expect(t.state()).toEqual({ syncing: false, lastSync: 'Last sync 09:41 — ok', hours: 'Today 37.5 h · This week 152 h (team)', nextSync: null });
  });

  it('says "everyone" when there is no team, and gives the date of a sync from another day', () => {
    const { core } = fakeCore([run({ endedAt: local(25, 17, 5).toISOString() })], { ...HOURS, scope: 'everyone', todaySeconds: 0, weekSeconds: 900 });
    const t = wireTraySync(core, { notify: vi.fn(() => true) }, vi.fn(), { now: () => NOW });
    expect(t.state()).toMatchObject({ lastSync: 'Last sync 2026-11-25 17:05 — ok', hours: 'Today 0 h · This week 0.25 h (everyone)' });
  });

  it('names the instances that failed in the last run, and tells a cancelled and an interrupted run apart', () => {
    const failed = run({ id: 2, instanceName: 'Globex', status: 'failed', error: { code: 'auth', message: "Jira rejected the token for 'Globex' (401)." } });
    const state = (history: SyncRunView[]) => wireTraySync(fakeCore(history).core, { notify: vi.fn(() => true) }, vi.fn(), { now: () => NOW }).state().lastSync;
    expect(state([failed, run({})])).toBe('Last sync 09:41 — failed: Globex');
    expect(state([run({ status: 'cancelled', error: { code: 'cancelled', message: 'Cancelled.' } })])).toBe('Last sync 09:41 — cancelled');
    expect(state([run({ status: 'failed', error: { code: 'cancelled', message: 'The sync was interrupted (the app or CLI stopped before it finished).' } })])).toBe('Last sync 09:41 — interrupted');
    // An older run of another instance does not count: only the last run's rows.
    expect(state([run({ id: 3, runId: 'r3' }), { ...failed, runId: 'r0' }])).toBe('Last sync 09:41 — ok');
    expect(state([])).toBe('Not synced yet');
  });

  it('shows the next background sync, today or tomorrow', () => {
    const { core } = fakeCore([run({})]);
    let next: Date | null = local(27, 13, 41);
    const background = { nextAt: () => next, isBackgroundRun: () => false, onChange: () => () => undefined };
    const t = wireTraySync(core, { notify: vi.fn(() => true) }, vi.fn(), { now: () => NOW, background });
    expect(t.state().nextSync).toBe('Next background sync 13:41');
    next = local(28, 1, 10);
    expect(t.state().nextSync).toBe('Next background sync tomorrow 01:10');
    next = null;
    expect(t.state().nextSync).toBeNull();
  });

  it('follows the background plan: a new next time is shown at once; dispose stops listening', () => {
    const { core } = fakeCore([run({})]);
    let next: Date | null = null;
    const listeners = new Set<() => void>();
    const background = {
      nextAt: () => next,
      isBackgroundRun: () => false,
      onChange: (l: () => void) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    };
    const t = wireTraySync(core, { notify: vi.fn(() => true) }, vi.fn(), { now: () => NOW, background, timers: manualTimers().timers });
    const update = vi.fn();
    t.attach({ update, destroy: vi.fn() });
    expect(update).toHaveBeenLastCalledWith(expect.objectContaining({ nextSync: null }));
    next = local(27, 14, 15);
    for (const l of listeners) l();
    expect(update).toHaveBeenLastCalledWith(expect.objectContaining({ nextSync: 'Next background sync 14:15' }));
    t.dispose();
    expect(listeners.size).toBe(0);
  });

  it('notifies the outcome with the error in plain words, and refreshes the tray', () => {
    const failed = run({ id: 2, instanceName: 'beta', status: 'failed', error: { code: 'auth', message: "Jira rejected the token for 'beta' (401)." } });
    const { core, events } = fakeCore([failed, run({})]);
    const notify = vi.fn(() => true);
    const t = wireTraySync(core, { notify }, vi.fn(), { now: () => NOW, timers: manualTimers().timers });
    const update = vi.fn();
    t.attach({ update, destroy: vi.fn() });
    events.emit('sync.finished', summary([run({}), failed]));
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ title: 'Sync failed for beta', body: "Jira rejected the token for 'beta' (401)." }));
    expect(update).toHaveBeenLastCalledWith({ syncing: false, lastSync: 'Last sync 09:41 — failed: beta', hours: 'Today 37.5 h · This week 152 h (team)', nextSync: null });
  });

  it('a clean sync is summarised with counts', () => {
    const { core, events } = fakeCore([run({})]);
    const notify = vi.fn(() => true);
    wireTraySync(core, { notify }, vi.fn());
    events.emit('sync.finished', summary([run({})]));
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ title: 'Sync finished', body: '120 worklogs checked across 1 instance (2026-11-01 – 2026-11-30); 4 changes.' }));
  });

  it('a background sync stays quiet when it went well and says "Background sync failed" when not', () => {
    const { core, events } = fakeCore([run({})]);
    const notify = vi.fn(() => true);
    wireTraySync(core, { notify }, vi.fn(), { background: { nextAt: () => null, isBackgroundRun: (id) => id === 'bg', onChange: () => () => undefined } });
    events.emit('sync.finished', summary([run({ runId: 'bg' })], 'bg'));
    expect(notify).not.toHaveBeenCalled();
    const failed = run({ runId: 'bg', instanceName: 'Globex', status: 'failed', error: { code: 'network', message: 'Could not reach Globex.' } });
    events.emit('sync.finished', summary([failed], 'bg'));
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ title: 'Background sync failed for Globex', body: 'Could not reach Globex.' }));
  });

  it('refreshes when settings change, every few minutes, and just after midnight', () => {
    const { core, events, teamHours } = fakeCore([run({})]);
    let now = NOW;
    const clock = manualTimers();
    const t = wireTraySync(core, { notify: vi.fn(() => true) }, vi.fn(), { now: () => now, timers: clock.timers });
    const update = vi.fn();
    t.attach({ update, destroy: vi.fn() });
    expect(update).toHaveBeenCalledTimes(1);

    events.emit('settings.changed', { ...DEFAULT_SETTINGS, backgroundSyncHours: 4 });
    expect(update).toHaveBeenCalledTimes(2);

    // One timer at a time, every five minutes in the day.
    expect(clock.pending.size).toBe(1);
    expect(clock.fireNext()).toBe(TRAY_REFRESH_MS);
    expect(update).toHaveBeenCalledTimes(3);
    expect(clock.pending.size).toBe(1);

    // At 23:58 the next refresh is just after midnight, so "today" rolls over on time.
    now = local(27, 23, 58);
    clock.fireNext();
    const calls = teamHours.mock.calls.length;
    expect([...clock.pending.values()][0]?.ms).toBe(2 * 60_000 + 1000);
    now = local(28, 0, 0, 1);
    clock.fireNext();
    expect(teamHours.mock.calls.length).toBe(calls + 1);
    expect(update).toHaveBeenCalledTimes(5);

    t.dispose();
    expect(clock.pending.size).toBe(0);
    events.emit('settings.changed', DEFAULT_SETTINGS);
    expect(update).toHaveBeenCalledTimes(5);
  });
});
