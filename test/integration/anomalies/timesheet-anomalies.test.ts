import { beforeEach, describe, expect, it } from 'vitest';
import { createAppCore } from '../../../main/core/app-core.js';
import { timesheet } from '../../../main/core/timesheet/timesheet.js';
import { openDatabase } from '../../../main/core/store/open-database.js';
import type { Timesheet } from '../../../shared/domain/timesheet.js';
import { useTimesheetDb } from '../../helpers/timesheet-db.js';

/**
 * Anomalies in the Timesheet result: each kind on its own day, a day with two at once, and days
 * that look unusual but are fine (a normal day, an empty weekend, a half-day leave with the other
 * half logged, a pending leave) must carry no flag.
 */
describe('timesheet anomalies', () => {
  const t = useTimesheetDb();
  beforeEach(() => {
    t.member('acc-ana', 'Ana Núñez');
    t.mapPerson('acc-ana', 10);
    t.holiday('2026-11-05', "Founders' Day");
    t.leave({ id: 1, employeeId: 10, from: '2026-11-03', to: '2026-11-03', approved: true }); // approved whole day
    t.leave({ id: 2, employeeId: 10, from: '2026-11-04', to: '2026-11-04', halfDay: 'morning', approved: true }); // approved half day
    t.leave({ id: 3, employeeId: 10, from: '2026-11-06', to: '2026-11-06', approved: false }); // pending
    const logs: Array<[string, number]> = [
      ['2026-11-02', 8 * 3600], // normal Monday
      ['2026-11-03', 2 * 3600], // on approved leave
      ['2026-11-04', 4 * 3600], // the other half of a half-day leave: fine
      ['2026-11-05', 3600], // on a holiday
      ['2026-11-06', 8 * 3600], // pending leave: fine
      ['2026-11-07', 13 * 3600], // Saturday and over 12 h: two anomalies
      ['2026-11-09', 6 * 3600],
      ['2026-11-09', 6.5 * 3600], // 12.5 h over two worklogs on a Monday
      ['2026-11-10', 12 * 3600], // exactly the maximum: fine
    ];
    logs.forEach(([date, seconds], i) => t.worklog({ sourceId: String(i), accountId: 'acc-ana', authorName: 'Ana Núñez', date, seconds }));
  });

  const flags = (grid: Timesheet): Record<string, string[]> =>
    Object.fromEntries((grid.people[0]?.cells ?? []).filter((c) => c.anomalies.length > 0).map((c) => [c.date, c.anomalies]));

  it('flags logged time on leave, over the maximum and on non-working days, and nothing else', () => {
    const grid = timesheet(t.db, { from: '2026-11-02', to: '2026-11-15' });
    expect(flags(grid)).toEqual({
      '2026-11-03': ['on-leave'],
      '2026-11-05': ['non-working'],
      '2026-11-07': ['over-max', 'non-working'],
      '2026-11-09': ['over-max'],
    });
    // The empty Sunday and the normal Monday carry nothing.
    const cells = grid.people[0]?.cells ?? [];
    expect(cells.find((c) => c.date === '2026-11-08')?.anomalies).toEqual([]);
    expect(cells.find((c) => c.date === '2026-11-02')?.anomalies).toEqual([]);
  });

  it('takes the daily maximum from the settings through timesheet.get', async () => {
    t.db.close();
    const core = createAppCore({ host: 'cli', dataDir: t.dir });
    try {
      const get = async (): Promise<Timesheet> => {
        const r = await core.dispatch('timesheet.get', { from: '2026-11-02', to: '2026-11-15' });
        if (!r.ok) throw new Error(JSON.stringify(r));
        return r.value as Timesheet;
      };
      expect((await get()).maxDaySeconds).toBe(12 * 3600);
      expect(Object.keys(flags(await get()))).toEqual(['2026-11-03', '2026-11-05', '2026-11-07', '2026-11-09']);
      expect((await core.dispatch('settings.update', { maxDayHours: 7 })).ok).toBe(true);
      // 8 h days are now over the maximum too; the 4 h half-leave day and the 1 h holiday are not.
      const lowered = await get();
      // The grid says which maximum its flags used, so the page's words match the marks.
      expect(lowered.maxDaySeconds).toBe(7 * 3600);
      const low = flags(lowered);
      expect(low['2026-11-02']).toEqual(['over-max']);
      expect(low['2026-11-06']).toEqual(['over-max']);
      expect(low['2026-11-04']).toBeUndefined();
      expect(low['2026-11-05']).toEqual(['non-working']);
      const refused = await core.dispatch('settings.update', { maxDayHours: 0 });
      expect(refused.ok).toBe(false);
      expect(JSON.stringify(refused)).toMatch(/at least 1 hour/);
    } finally {
      core.close();
      t.db = openDatabase(t.dir);
    }
  });
});
