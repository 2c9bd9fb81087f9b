import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore } from '../../../main/core/app-core.js';
import { systemClock } from '../../../main/core/system-clock.js';
import type { FakeWorld, FakeWorklog } from '../../fakes/world.js';
import { jiraPathDay, localDate } from '../../fakes/world.js';
import type { SyncWorld } from '../sync/sync-world.js';
import { startSyncWorld } from '../sync/sync-world.js';

/** YYYY-MM-DD of a local Date, the plain way. */
const ymd = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Monday to Sunday around a local date, counted by hand (getDay: 0 = Sunday). */
function isoWeek(d: Date): { from: string; to: string } {
  const back = (d.getDay() + 6) % 7;
  return { from: ymd(new Date(d.getFullYear(), d.getMonth(), d.getDate() - back)), to: ymd(new Date(d.getFullYear(), d.getMonth(), d.getDate() - back + 6)) };
}

/**
 * The world's worklogs summed straight from the source, by the author's own date, once per
 * instance: the Tempo one (Tempo's startDate) and the Jira-only one (the author's date, or the
 * reader's for authors who hide their zone).
 */
function recompute(world: FakeWorld, now: Date, team: ReadonlySet<string> | null) {
  const week = isoWeek(now);
  const mine = world.worklogs.filter((w) => team === null || team.has(w.authorAccountId));
  const days: Array<(w: FakeWorklog) => string> = [localDate, (w) => jiraPathDay(world, w)];
  const sum = (keep: (day: string) => boolean): number =>
    days.reduce((total, dayOf) => total + mine.filter((w) => keep(dayOf(w))).reduce((n, w) => n + w.timeSpentSeconds, 0), 0);
  return {
    today: ymd(now),
    week,
    todaySeconds: sum((d) => d === ymd(now)),
    weekSeconds: sum((d) => d >= week.from && d <= week.to),
  };
}

describe('team hours today and this week (for the tray)', () => {
  let w: SyncWorld;
  // Both instances read the same generated world, so every worklog is stored twice (once each; recompute).
  // Mon 2 Nov; Sunday 29 Nov late evening (ISO weeks start on Monday); Wed 2 Dec (the week starts in
  // November); Fri 30 Oct (the week ends in November); a day with nothing logged.
  const NOWS = [new Date(2026, 10, 2, 9, 30), new Date(2026, 10, 29, 23, 30), new Date(2026, 11, 2, 10, 0), new Date(2026, 9, 30, 12, 0), new Date(2026, 11, 20, 8, 0)];

  beforeAll(async () => {
    w = await startSyncWorld({ worklogs: 700, seed: 11 });
    const s = await w.core.services.sync.run({ from: '2026-10-26', to: '2026-12-06' });
    expect(s.ok).toBe(true);
  });
  afterAll(async () => {
    await w.close();
  });

  /** A core on the same data folder whose clock says `now` (time still flows from there). */
  function hoursAt(now: Date) {
    const offset = now.getTime() - Date.now();
    const core = createAppCore({ host: 'cli', dataDir: w.dataDir, clock: { now: () => new Date(Date.now() + offset), sleep: systemClock.sleep } });
    try {
      return core.services.teamHours();
    } finally {
      core.close();
    }
  }

  it('fixture: authors far from UTC log work whose own date differs from the UTC date', () => {
    const differs = w.world.worklogs.filter((x) => new Date(x.started.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')).toISOString().slice(0, 10) !== localDate(x));
    expect(differs.length).toBeGreaterThan(5);
  });

  it('with no team: everyone, equal to a recomputation from the source, by local date', () => {
    for (const now of NOWS) {
      const got = hoursAt(now);
      const want = recompute(w.world, now, null);
      expect(got, now.toString()).toEqual({ scope: 'everyone', ...want });
    }
    // Known weeks, by the calendar: Monday 30 Nov to Sunday 6 Dec; Sunday 29 Nov is the end of its week.
    expect(hoursAt(NOWS[2] as Date).week).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(hoursAt(NOWS[1] as Date).week).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(hoursAt(NOWS[3] as Date).week).toEqual({ from: '2026-10-26', to: '2026-11-01' });
    // And there is something to count.
    expect(NOWS.slice(0, 4).every((n) => hoursAt(n).weekSeconds > 0)).toBe(true);
    expect(hoursAt(NOWS[4] as Date)).toMatchObject({ todaySeconds: 0, weekSeconds: 0 });
  });

  it('with a team: only its members, still equal to the recomputation', () => {
    const members = w.world.users.slice(0, 3).map((u) => u.accountId);
    for (const accountId of members) w.core.services.team.add({ accountId });
    try {
      const team = new Set(members);
      let differs = false;
      for (const now of NOWS) {
        const got = hoursAt(now);
        expect(got, now.toString()).toEqual({ scope: 'team', ...recompute(w.world, now, team) });
        differs ||= got.weekSeconds !== recompute(w.world, now, null).weekSeconds;
      }
      expect(differs).toBe(true);
    } finally {
      for (const accountId of members) w.core.services.team.remove({ accountId });
    }
  });
});
