import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCore } from '../../../main/core/app-core.js';
import { countedRange, countedThrough } from '../../../main/core/schedules/counted-through.js';
import type { Clock } from '../../../main/core/ports.js';
import { systemClock } from '../../../main/core/system-clock.js';
import type { PersonHours } from '../../../shared/domain/leaves.js';
import type { Timesheet } from '../../../shared/domain/timesheet.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

/** A fake clock standing at a fixed local time. */
const clockAt = (y: number, m: number, d: number, h = 10): Clock => ({ now: () => new Date(y, m - 1, d, h), sleep: systemClock.sleep });

describe('counted through: which days of the current period count', () => {
  it('yesterday by default, today on request, across month and year ends', () => {
    expect(countedThrough(new Date(2026, 10, 5, 9), 'yesterday')).toBe('2026-11-04');
    expect(countedThrough(new Date(2026, 10, 5, 23, 59), 'today')).toBe('2026-11-05');
    expect(countedThrough(new Date(2026, 11, 1, 0, 1), 'yesterday')).toBe('2026-11-30');
    expect(countedThrough(new Date(2027, 0, 1, 8), 'yesterday')).toBe('2026-12-31');
  });

  it('clips a range: past periods whole, the current one to the day, a future one to nothing', () => {
    expect(countedRange({ from: '2026-10-01', to: '2026-10-31' }, '2026-11-04')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(countedRange({ from: '2026-11-01', to: '2026-11-30' }, '2026-11-04')).toEqual({ from: '2026-11-01', to: '2026-11-04' });
    expect(countedRange({ from: '2026-12-01', to: '2026-12-31' }, '2026-11-04')).toBeNull();
    expect(countedRange({ from: '2026-11-01', to: '2026-11-30' }, null)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });
});

/**
 * The timesheet and the hours report through the services, with a fake clock on Thursday
 * 2026-11-05: the month counts Nov 2–4 (yesterday) or 2–5 (today); October is whole.
 */
describe('expected hours up to today, in the timesheet and the hours report', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    tmp = makeTempDir();
  });
  afterEach(() => tmp.cleanup());

  function world(clock: Clock) {
    const core = createAppCore({ host: 'cli', dataDir: tmp.dir, clock });
    const db = core.db;
    db.prepare(
      "INSERT INTO instances (id, name, url, email, tempo_base_url, tempo_enabled, created_at, updated_at) VALUES ('11111111-1111-4111-8111-111111111111', 'alpha', 'https://a', 'e@x', 'https://api.tempo.io', 0, 'now', 'now')",
    ).run();
    const log = db.prepare(
      "INSERT INTO worklogs (instance_id, source, source_id, issue_id, author_account_id, author_name, local_date, started, seconds, raw, synced_at) VALUES ('11111111-1111-4111-8111-111111111111', 'jira', ?, '1', 'acc-ana', 'Ana Núñez', ?, 's', ?, '{}', 'now')",
    );
    // Logged on Mon 2, Tue 3 and — ahead of time — Fri 6.
    log.run('1', '2026-11-02', 8 * 3600);
    log.run('2', '2026-11-03', 6 * 3600);
    log.run('3', '2026-11-06', 2 * 3600);
    log.run('4', '2026-10-15', 3 * 3600);
    return core;
  }

  it('the current month counts Mon–Wed up to yesterday; later days keep their expected hours, uncounted', async () => {
    const core = world(clockAt(2026, 11, 5));
    const sheet = (await core.dispatch('timesheet.get', { from: '2026-11-01', to: '2026-11-30' })) as { ok: true; value: Timesheet };
    const ana = sheet.value.people.find((p) => p.accountId === 'acc-ana');
    expect(sheet.value.countedThrough).toBe('2026-11-04');
    // Nov 2, 3, 4 are working days up to yesterday: 3 × 8 h. Logged time counts on every day.
    expect(ana?.totals).toEqual({ loggedSeconds: 16 * 3600, expectedSeconds: 3 * 8 * 3600, leaveSeconds: 0 });
    expect(ana?.cells.find((c) => c.date === '2026-11-04')).toMatchObject({ counted: true, expectedSeconds: 8 * 3600 });
    expect(ana?.cells.find((c) => c.date === '2026-11-05')).toMatchObject({ counted: false, expectedSeconds: 8 * 3600 });
    expect(ana?.cells.filter((c) => c.counted).map((c) => c.date)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04']);

    const report = (await core.dispatch('hours.report', { from: '2026-11-01', to: '2026-11-30', accountIds: ['acc-ana'] })) as { ok: true; value: PersonHours[] };
    expect(report.value[0]).toMatchObject({ expectedSeconds: ana?.totals.expectedSeconds, loggedSeconds: ana?.totals.loggedSeconds });
    core.close();
  });

  it('"up to today" adds today; a past month is whole; a future month expects nothing', async () => {
    const core = world(clockAt(2026, 11, 5));
    await core.dispatch('settings.update', { expectedUpTo: 'today' });
    const now = (await core.dispatch('hours.report', { from: '2026-11-01', to: '2026-11-30', accountIds: ['acc-ana'] })) as { ok: true; value: PersonHours[] };
    expect(now.value[0]?.expectedSeconds).toBe(4 * 8 * 3600);
    const past = (await core.dispatch('timesheet.get', { from: '2026-10-01', to: '2026-10-31', accountIds: ['acc-ana'] })) as { ok: true; value: Timesheet };
    // October 2026 has 22 weekdays.
    expect(past.value.countedThrough).toBeNull();
    expect(past.value.people[0]?.totals).toEqual({ loggedSeconds: 3 * 3600, expectedSeconds: 22 * 8 * 3600, leaveSeconds: 0 });
    const future = (await core.dispatch('hours.report', { from: '2026-12-01', to: '2026-12-31', accountIds: ['acc-ana'] })) as { ok: true; value: PersonHours[] };
    expect(future.value[0]?.expectedSeconds).toBe(0);
    core.close();
  });

  it('the setting is validated in main', async () => {
    const core = world(clockAt(2026, 11, 5));
    expect(await core.dispatch('settings.update', { expectedUpTo: 'tomorrow' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    core.close();
  });
});
