import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listWorklogs } from '../../../main/core/worklogs/worklog-query.js';
import type { SyncWorld } from '../sync/sync-world.js';
import { RANGE, startSyncWorld } from '../sync/sync-world.js';

/** Where Charts opens: the latest synced day before a given day, through the channel (input checked in main). */
describe('explorer.lastDayWithData over a synced world', () => {
  let w: SyncWorld;
  beforeAll(async () => {
    w = await startSyncWorld({ worklogs: 300, seed: 23 });
    await w.core.services.sync.run({ ...RANGE });
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  /** The answer recomputed from every stored row. */
  const latestBefore = (before: string): string | null =>
    listWorklogs(w.core.db, { from: '1900-01-01', to: '2999-12-31' })
      .map((r) => r.date)
      .filter((d) => d < before)
      .sort()
      .at(-1) ?? null;

  it('answers the latest stored day strictly before the given one', async () => {
    const days = [...new Set(listWorklogs(w.core.db, RANGE).map((r) => r.date))].sort();
    expect(days.length).toBeGreaterThan(10);
    const last = days.at(-1) as string;
    // After everything, on a stored day itself (excluded), in the middle, and before anything.
    for (const before of ['2027-01-01', last, days[5] as string, RANGE.from]) {
      const got = await w.call<{ day: string | null }>('explorer.lastDayWithData', { before });
      expect(got.day).toBe(latestBefore(before));
    }
    expect((await w.call<{ day: string | null }>('explorer.lastDayWithData', { before: last })).day).toBe(days.at(-2));
    expect((await w.call<{ day: string | null }>('explorer.lastDayWithData', { before: RANGE.from })).day).toBeNull();
  });

  it('refuses a day that is not a date, in plain words', async () => {
    const r = await w.core.dispatch('explorer.lastDayWithData', { before: '30/11/2026' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('YYYY-MM-DD');
    expect((await w.core.dispatch('explorer.lastDayWithData', { before: '2026-11-30', extra: 1 })).ok).toBe(false);
  });
});
