import { describe, expect, it, vi } from 'vitest';
import type { AppCore } from '../../../main/core/app-core.js';
import { AppError } from '../../../main/core/errors.js';
import { createEventBus } from '../../../main/core/event-bus.js';
import type { SyncRunView, SyncSummary } from '../../../shared/domain/sync.js';

vi.mock('electron', () => import('./electron-fake.js'));
const { wireTraySync } = await import('../../../main/electron/tray-sync.js');

const run = (over: Partial<SyncRunView>): SyncRunView => ({
  id: 1,
  runId: 'r1',
  kind: 'worklogs',
  instanceId: 'i1',
  instanceName: 'alpha',
  source: 'jira',
  from: '2026-11-01',
  to: '2026-11-30',
  startedAt: '2026-11-27T09:40:00.000Z',
  endedAt: '2026-11-27T09:41:00.000Z',
  status: 'ok',
  counts: { fetched: 120, inserted: 3, updated: 1, deleted: 0 },
  requests: 9,
  error: null,
  ...over,
});

function fakeCore(history: SyncRunView[] = []) {
  const events = createEventBus();
  const start = vi.fn((_req: { from: string; to: string }) => ({ runId: 'r2', joined: false, done: new Promise<SyncSummary>(() => {}) }));
  const core = {
    events,
    services: {
      sync: { start, status: () => ({ running: false, runId: null, from: null, to: null, progress: [] }), history: () => history },
      settings: { get: () => ({ syncDefaultPreset: 'this-month' as const }) },
    },
  } as unknown as AppCore;
  return { core, events, start };
}

describe('tray sync wiring', () => {
  it('Sync now starts the default range (this month)', () => {
    const { core, start } = fakeCore();
    const t = wireTraySync(core, { notify: vi.fn(() => true) }, vi.fn());
    t.syncNow();
    expect(start).toHaveBeenCalledTimes(1);
    const range = start.mock.calls[0]?.[0];
    expect(range?.from).toMatch(/^\d{4}-\d{2}-01$/);
    expect(range?.to.slice(0, 7)).toBe(range?.from.slice(0, 7));
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

  it('notifies the outcome with the error in plain words, and refreshes the tray', () => {
    const failed = run({ id: 2, instanceName: 'beta', status: 'failed', error: { code: 'auth', message: "Jira rejected the token for 'beta' (401)." } });
    const { core, events } = fakeCore([failed, run({})]);
    const notify = vi.fn(() => true);
    const t = wireTraySync(core, { notify }, vi.fn());
    const update = vi.fn();
    t.attach({ update, destroy: vi.fn() });
    events.emit('sync.finished', { runId: 'r1', from: '2026-11-01', to: '2026-11-30', ok: false, runs: [run({}), failed] });
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ title: 'Sync failed for beta', body: "Jira rejected the token for 'beta' (401)." }));
    expect(update).toHaveBeenLastCalledWith({ syncing: false, lastSync: expect.stringMatching(/^Last sync \d{4}-\d{2}-\d{2} \d{2}:\d{2} — 1 of 2 failed$/) });
  });

  it('a clean sync is summarised with counts', () => {
    const { core, events } = fakeCore([run({})]);
    const notify = vi.fn(() => true);
    wireTraySync(core, { notify }, vi.fn());
    events.emit('sync.finished', { runId: 'r1', from: '2026-11-01', to: '2026-11-30', ok: true, runs: [run({})] });
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ title: 'Sync finished', body: '120 worklogs checked across 1 instance (2026-11-01 – 2026-11-30); 4 changes.' }));
  });
});
