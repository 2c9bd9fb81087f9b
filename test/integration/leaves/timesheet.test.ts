import { describe, expect, it } from 'vitest';
import { timesheet } from '../../../main/core/timesheet/timesheet.js';
import { mulberry32 } from '../../fakes/faults.js';
import { useTimesheetDb } from '../../helpers/timesheet-db.js';

/**
 * The timesheet grid against a plain day-by-day recomputation over random data: logged time per
 * person and local day, expected time from each person's schedule minus holidays and approved
 * leaves (half days count half), pending leaves marked but not deducted.
 */
describe('timesheet grid', () => {
  const t = useTimesheetDb();

  const DAYS = Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
  const weekday = (d: string) => ((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

  it.each([1, 2, 3])('equals a day-by-day recomputation (seed %i)', (seed) => {
    const rnd = mulberry32(seed);
    const people = ['acc-ada', 'acc-zoe', 'acc-jose', 'acc-out'];
    const schedules: Record<string, { daily: number; days: number[] }> = {
      'acc-ada': { daily: 27000, days: [1, 2, 3, 4] },
      'acc-zoe': { daily: 28800, days: [1, 2, 3, 4, 5] },
      'acc-jose': { daily: 21600, days: [2, 3, 4, 5, 6] },
    };
    for (const [id, s] of Object.entries(schedules)) t.member(id, `Name ${id} ✓`, s.daily, s.days);
    const logged = new Map<string, number>();
    for (let i = 0; i < 400; i++) {
      const who = people[Math.floor(rnd() * people.length)] as string;
      // A few worklogs just outside the range must not count.
      const date = rnd() < 0.05 ? '2026-12-01' : (DAYS[Math.floor(rnd() * DAYS.length)] as string);
      const seconds = (1 + Math.floor(rnd() * 16)) * 900;
      t.worklog({ sourceId: String(i), accountId: who, date, seconds });
      if (date <= '2026-11-30') logged.set(`${who}|${date}`, (logged.get(`${who}|${date}`) ?? 0) + seconds);
    }
    const holidays = ['2026-11-02', '2026-11-19'];
    for (const h of holidays) t.holiday(h, `Holiday ${h}`);
    // Employees 10/20/30 mapped to the three team members.
    for (const [a, e] of [['acc-ada', 10], ['acc-zoe', 20], ['acc-jose', 30]] as const) t.mapPerson(a, e);
    const leaves: Array<{ id: number; emp: number; from: string; to: string; half: 'morning' | 'afternoon' | null; approved: number }> = [
      { id: 1, emp: 10, from: '2026-10-28', to: '2026-11-04', half: null, approved: 1 }, // crosses the range start
      { id: 2, emp: 20, from: '2026-11-10', to: '2026-11-10', half: 'morning', approved: 1 },
      { id: 3, emp: 20, from: '2026-11-10', to: '2026-11-10', half: 'afternoon', approved: 1 }, // both halves: whole day
      { id: 4, emp: 30, from: '2026-11-12', to: '2026-11-13', half: 'afternoon', approved: 1 },
      { id: 5, emp: 30, from: '2026-11-24', to: '2026-11-26', half: null, approved: 0 }, // pending: marked only
      { id: 6, emp: 10, from: '2026-11-27', to: '2026-12-05', half: null, approved: 1 }, // crosses the range end
    ];
    for (const l of leaves) t.leave({ id: l.id, employeeId: l.emp, from: l.from, to: l.to, halfDay: l.half, approved: l.approved === 1 });

    const grid = timesheet(t.db, { from: '2026-11-01', to: '2026-11-30' }, (id) => {
      const s = schedules[id];
      return s ? { dailySeconds: s.daily, workingWeekdays: s.days as never } : { dailySeconds: 28800, workingWeekdays: [1, 2, 3, 4, 5] };
    });

    expect(grid.days.map((d) => d.date)).toEqual(DAYS);
    expect(grid.days.filter((d) => d.holiday).map((d) => d.date)).toEqual(holidays);
    expect(grid.leavesKnown).toBe(true);
    // Default people: the team (acc-out logged time but is not in the team).
    expect(grid.people.map((p) => p.accountId).sort()).toEqual(['acc-ada', 'acc-jose', 'acc-zoe']);

    const empOf: Record<string, number> = { 'acc-ada': 10, 'acc-zoe': 20, 'acc-jose': 30 };
    for (const person of grid.people) {
      const s = schedules[person.accountId] as { daily: number; days: number[] };
      let sumLogged = 0;
      let sumExpected = 0;
      for (const cell of person.cells) {
        const d = cell.date;
        expect(cell.loggedSeconds, `${person.accountId} ${d}`).toBe(logged.get(`${person.accountId}|${d}`) ?? 0);
        const works = s.days.includes(weekday(d)) && !holidays.includes(d);
        const mine = leaves.filter((l) => l.emp === empOf[person.accountId] && l.approved === 1 && l.from <= d && l.to >= d);
        const whole = mine.some((l) => l.half === null) || (mine.some((l) => l.half === 'morning') && mine.some((l) => l.half === 'afternoon'));
        const off = !works ? 0 : whole ? s.daily : mine.length > 0 ? Math.ceil(s.daily / 2) : 0;
        expect(cell.expectedSeconds, `${person.accountId} ${d}`).toBe(works ? s.daily - off : 0);
        expect(cell.nonWorking).toBe(!works);
        const marked = leaves.filter((l) => l.emp === empOf[person.accountId] && l.from <= d && l.to >= d);
        expect(cell.leaves.length).toBe(marked.length);
        sumLogged += cell.loggedSeconds;
        sumExpected += cell.expectedSeconds;
      }
      expect(person.totals.loggedSeconds).toBe(sumLogged);
      expect(person.totals.expectedSeconds).toBe(sumExpected);
    }
    // Day totals add up the people shown.
    grid.days.forEach((day, i) => expect(grid.dayTotals[i]).toBe(grid.people.reduce((n, p) => n + (p.cells[i]?.loggedSeconds ?? 0), 0)));
    // A pending leave is marked but costs nothing.
    const jose = grid.people.find((p) => p.accountId === 'acc-jose');
    expect(jose?.cells.find((c) => c.date === '2026-11-25')).toMatchObject({ leaves: [{ approved: false }], expectedSeconds: 21600 });
  });

  it('without a team shows everyone who logged time, and says no leaves are known', () => {
    t.worklog({ sourceId: '1', accountId: 'acc-x', authorName: 'Zoë 🚀', date: '2026-11-03', seconds: 3600 });
    const grid = timesheet(t.db, { from: '2026-11-02', to: '2026-11-08' });
    expect(grid.leavesKnown).toBe(false);
    expect(grid.people).toHaveLength(1);
    expect(grid.people[0]).toMatchObject({ name: 'Zoë 🚀', inTeam: false, totals: { loggedSeconds: 3600, expectedSeconds: 5 * 28800, leaveSeconds: 0 } });
  });
});
