import { describe, expect, it } from 'vitest';
import type { HalfDay } from '../../../shared/domain/leaves.js';
import type { IsoWeekday } from '../../../shared/domain/team.js';
import type { LeaveSpan, WorkSchedule } from '../../../main/core/leaves/expected-hours.js';
import { DEFAULT_SCHEDULE, expectedHours, halfOf } from '../../../main/core/leaves/expected-hours.js';
import { parseIcsHolidays } from '../../../main/core/leaves/ics.js';
import { mulberry32 } from '../../fakes/faults.js';

const addDays = (date: string, n: number): string => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** The plain recomputation: walk every day, ask every leave whether it covers it. */
function dayByDay(from: string, to: string, s: WorkSchedule, holidays: ReadonlySet<string>, leaves: readonly LeaveSpan[]) {
  let expected = 0;
  let leave = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const js = new Date(`${d}T12:00:00Z`).getUTCDay();
    const iso = (js === 0 ? 7 : js) as IsoWeekday;
    if (!s.workingWeekdays.includes(iso) || holidays.has(d)) continue;
    const covering = leaves.filter((l) => l.from <= d && d <= l.to);
    const whole = covering.some((l) => l.halfDay === null) || (covering.some((l) => l.halfDay === 'morning') && covering.some((l) => l.halfDay === 'afternoon'));
    const taken = whole ? s.dailySeconds : covering.length > 0 ? halfOf(s.dailySeconds) : 0;
    expected += s.dailySeconds - taken;
    leave += taken;
  }
  return { expectedSeconds: expected, leaveSeconds: leave };
}

describe('expected hours', () => {
  it('counts Mon–Fri 8 h minus a holiday, a whole-day and a half-day leave (November 2026)', () => {
    // 21 weekdays in November 2026.
    const holidays = new Set(['2026-11-02']);
    const leaves: LeaveSpan[] = [
      { from: '2026-10-29', to: '2026-11-03', halfDay: null }, // crosses the start: only Nov 3 counts (Nov 2 is a holiday, Nov 1 a Sunday)
      { from: '2026-11-10', to: '2026-11-10', halfDay: 'morning' },
      { from: '2026-11-28', to: '2026-12-02', halfDay: null }, // Sat, Sun, then Mon 30 in range
    ];
    const r = expectedHours('2026-11-01', '2026-11-30', DEFAULT_SCHEDULE, holidays, leaves);
    expect(r.leaveSeconds).toBe(8 * 3600 + 4 * 3600 + 8 * 3600);
    expect(r.expectedSeconds).toBe((21 - 1) * 8 * 3600 - r.leaveSeconds);
  });

  it('makes a whole day of two halves, and never takes more than a day', () => {
    const s: WorkSchedule = { dailySeconds: 7 * 3600 + 1, workingWeekdays: [1, 2, 3, 4, 5] };
    const day = '2026-11-04';
    const halves = (...h: HalfDay[]) => h.map((halfDay) => ({ from: day, to: day, halfDay }));
    expect(expectedHours(day, day, s, new Set(), halves('morning', 'afternoon'))).toEqual({ expectedSeconds: 0, leaveSeconds: s.dailySeconds });
    expect(expectedHours(day, day, s, new Set(), halves('morning', 'morning'))).toEqual({ expectedSeconds: s.dailySeconds - halfOf(s.dailySeconds), leaveSeconds: halfOf(s.dailySeconds) });
    expect(expectedHours(day, day, s, new Set(), [...halves('afternoon'), { from: day, to: day, halfDay: null }])).toEqual({ expectedSeconds: 0, leaveSeconds: s.dailySeconds });
  });

  it('matches a day-by-day recomputation on generated schedules, holidays and leaves', () => {
    const rnd = mulberry32(2026);
    for (let round = 0; round < 300; round++) {
      const from = addDays('2026-01-01', Math.floor(rnd() * 330));
      const to = addDays(from, Math.floor(rnd() * 45));
      const workingWeekdays = ([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[]).filter(() => rnd() < 0.7);
      const schedule: WorkSchedule = { dailySeconds: Math.floor(rnd() * 10) * 1800 + (rnd() < 0.2 ? 1 : 0), workingWeekdays };
      const holidays = new Set(Array.from({ length: Math.floor(rnd() * 6) }, () => addDays(from, Math.floor(rnd() * 50) - 5)));
      const leaves: LeaveSpan[] = Array.from({ length: Math.floor(rnd() * 8) }, () => {
        const start = addDays(from, Math.floor(rnd() * 60) - 10);
        const half = rnd() < 0.35;
        return { from: start, to: addDays(start, half && rnd() < 0.7 ? 0 : Math.floor(rnd() * 9)), halfDay: half ? (rnd() < 0.5 ? 'morning' : 'afternoon') : null };
      });
      expect(expectedHours(from, to, schedule, holidays, leaves), `round ${round}`).toEqual(dayByDay(from, to, schedule, holidays, leaves));
    }
  });
});

describe('.ics holidays', () => {
  it('reads all-day events, folded lines, escapes, multi-day events and date-times', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20261225',
      'DTEND;VALUE=DATE:20261226',
      'SUMMARY:Christmas Day',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'SUMMARY;LANGUAGE=es:D\u00eda de la Hispanidad\\, fiesta',
      '  nacional', // folded: the first blank is the fold, the second is content
      'DTSTART;VALUE=DATE:20261012',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20261231',
      'DTEND;VALUE=DATE:20270102',
      'SUMMARY:New Year break',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;TZID="Europe/Madrid:x":20261101T000000',
      'SUMMARY:All Saints',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'SUMMARY:No date',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(parseIcsHolidays(ics)).toEqual([
      { date: '2026-10-12', name: 'Día de la Hispanidad, fiesta nacional' },
      { date: '2026-11-01', name: 'All Saints' },
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-31', name: 'New Year break' },
      { date: '2027-01-01', name: 'New Year break' },
    ]);
  });

  it('finds nothing in text that is not a calendar', () => {
    expect(parseIcsHolidays('hello\nworld')).toEqual([]);
  });
});
