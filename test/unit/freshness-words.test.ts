import { describe, expect, it } from 'vitest';
import { ageWords, isStale } from '../../shared/domain/freshness.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('freshness words and staleness (shared by main and the header strip)', () => {
  it('says how long in the largest unit that reads naturally', () => {
    expect(ageWords(0)).toBe('1 minute');
    expect(ageWords(59 * MIN)).toBe('59 minutes');
    expect(ageWords(HOUR)).toBe('1 hour');
    expect(ageWords(3 * HOUR + 59 * MIN)).toBe('3 hours');
    // Up to two days in hours ("36 hours" says more than "1 day"), then days.
    expect(ageWords(47 * HOUR)).toBe('47 hours');
    expect(ageWords(48 * HOUR)).toBe('2 days');
    expect(ageWords(3 * 24 * HOUR + 5 * HOUR)).toBe('3 days');
  });

  it('is stale when never synced, unreadable, or strictly older than the threshold', () => {
    const now = new Date('2026-11-27T12:00:00.000Z');
    expect(isStale(null, 24, now)).toBe(true);
    expect(isStale('not a date', 24, now)).toBe(true);
    expect(isStale('2026-11-26T12:00:00.000Z', 24, now)).toBe(false);
    expect(isStale('2026-11-26T11:59:59.999Z', 24, now)).toBe(true);
    expect(isStale('2026-11-27T11:00:00.000Z', 1, now)).toBe(false);
    expect(isStale('2026-11-27T10:59:00.000Z', 1, now)).toBe(true);
  });
});
