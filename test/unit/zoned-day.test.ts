import { describe, expect, it } from 'vitest';
import { instantOfStarted, isKnownTimeZone, wallClockIn, worklogDay } from '../../shared/domain/zoned-day.js';
import { renderInZone, startedInZone } from '../fakes/zones.js';

describe('worklogDay — the author’s day of a Jira started', () => {
  it('near midnight: the issue’s own examples, read by a lead in Berlin', () => {
    // 22:45 on 1 July in Sydney reads 14:45 in Berlin; 07:00 on 1 July in Sydney reads 23:00 on 30 June.
    expect(worklogDay('2026-07-01T14:45:00.000+0200', 'Australia/Sydney')).toEqual({ date: '2026-07-01', time: '22:45:00', fromReaderZone: false });
    expect(worklogDay('2026-06-30T23:00:00.000+0200', 'Australia/Sydney')).toEqual({ date: '2026-07-01', time: '07:00:00', fromReaderZone: false });
  });

  it('follows daylight saving on each hemisphere’s own dates, and half-hour offsets', () => {
    // Adelaide: +10:30 until 5 April 2026 03:00 local (16:30 UTC on the 4th), +09:30 after.
    expect(worklogDay('2026-04-03T23:45:00.000+0000', 'Australia/Adelaide')).toEqual({ date: '2026-04-04', time: '10:15:00', fromReaderZone: false });
    expect(wallClockIn(Date.parse('2026-04-05T23:45:00Z'), 'Australia/Adelaide')).toEqual({ date: '2026-04-06', time: '09:15:00' });
    // Los Angeles: -08:00 before 8 March 2026, -07:00 after. 07:30 UTC is 23:30 the day before, then 00:30.
    expect(worklogDay('2026-03-07T07:30:00.000+0000', 'America/Los_Angeles')?.date).toBe('2026-03-06');
    expect(worklogDay('2026-03-10T07:30:00.000+0000', 'America/Los_Angeles')?.date).toBe('2026-03-10');
    // Kolkata: +05:30 all year. 18:45 UTC is 00:15 the next day.
    expect(worklogDay('2026-11-03T18:45:00.000+0000', 'Asia/Kolkata')).toEqual({ date: '2026-11-04', time: '00:15:00', fromReaderZone: false });
  });

  it('falls back to the reader’s day (the offset Jira wrote) when the zone is hidden or unknown, and says so', () => {
    for (const zone of [null, undefined, '', 'Mars/Olympus_Mons']) {
      expect(worklogDay('2026-06-30T23:00:00.000+0200', zone)).toEqual({ date: '2026-06-30', time: '23:00:00', fromReaderZone: true });
    }
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(worklogDay('yesterday', 'Europe/Berlin')).toBeNull();
    expect(worklogDay('yesterday', null)).toBeNull();
  });

  it('reads Jira’s offsets with and without a colon, and Z', () => {
    const ms = Date.parse('2026-11-03T18:15:00Z');
    for (const s of ['2026-11-03T23:45:00.000+0530', '2026-11-03T23:45:00.000+05:30', '2026-11-03T18:15:00.000Z', '2026-11-03T18:15:00Z']) expect(instantOfStarted(s)).toBe(ms);
    expect(instantOfStarted('2026-11-03 23:45')).toBeNaN();
  });

  it('the fakes’ zone helpers round-trip a wall clock through its zone, across a DST change', () => {
    expect(startedInZone('2026-10-25', 23 * 60 + 30, 'Europe/Berlin')).toBe('2026-10-25T23:30:00.000+0100');
    expect(startedInZone('2026-10-24', 23 * 60 + 30, 'Europe/Berlin')).toBe('2026-10-24T23:30:00.000+0200');
    expect(startedInZone('2026-04-05', 0, 'Pacific/Chatham')).toBe('2026-04-05T00:00:00.000+1345');
    expect(renderInZone(instantOfStarted('2026-04-05T00:00:00.000+1345'), 'Europe/Berlin')).toBe('2026-04-04T12:15:00.000+0200');
  });
});
