import { describe, expect, it } from 'vitest';
import { EXPLORER_PRESETS, explorerPresetRange, presetRange } from '../../shared/domain/dates.js';

/** Local noon: the date is the same in every time zone the tests may run in. */
const day = (iso: string): Date => new Date(`${iso}T12:00:00`);

describe('explorer date ranges', () => {
  it('computes each range around a Friday late in the year (2026-11-27)', () => {
    const today = day('2026-11-27');
    const got = Object.fromEntries(EXPLORER_PRESETS.map((p) => [p, explorerPresetRange(p, today)]));
    expect(got).toEqual({
      today: { from: '2026-11-27', to: '2026-11-27' },
      yesterday: { from: '2026-11-26', to: '2026-11-26' },
      'this-week': { from: '2026-11-23', to: '2026-11-29' },
      'last-week': { from: '2026-11-16', to: '2026-11-22' },
      'last-7-days': { from: '2026-11-21', to: '2026-11-27' },
      'last-30-days': { from: '2026-10-29', to: '2026-11-27' },
      'this-month': { from: '2026-11-01', to: '2026-11-30' },
      'last-month': { from: '2026-10-01', to: '2026-10-31' },
      'this-quarter': { from: '2026-10-01', to: '2026-12-31' },
      'last-quarter': { from: '2026-07-01', to: '2026-09-30' },
      'this-year': { from: '2026-01-01', to: '2026-12-31' },
      'last-year': { from: '2025-01-01', to: '2025-12-31' },
    });
  });

  it('crosses year edges: on New Year\'s Day (a Friday) the previous week, quarter and day are last year\'s', () => {
    const today = day('2027-01-01');
    expect(explorerPresetRange('yesterday', today)).toEqual({ from: '2026-12-31', to: '2026-12-31' });
    expect(explorerPresetRange('this-week', today)).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(explorerPresetRange('last-week', today)).toEqual({ from: '2026-12-21', to: '2026-12-27' });
    expect(explorerPresetRange('last-quarter', today)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(explorerPresetRange('last-7-days', today)).toEqual({ from: '2026-12-26', to: '2027-01-01' });
  });

  it('handles a leap day and agrees with the Sync page on the three ranges they share', () => {
    const today = day('2028-02-29');
    expect(explorerPresetRange('last-30-days', today)).toEqual({ from: '2028-01-31', to: '2028-02-29' });
    expect(explorerPresetRange('this-quarter', today)).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    for (const p of ['this-week', 'this-month', 'last-month'] as const) expect(explorerPresetRange(p, today)).toEqual(presetRange(p, today));
  });

  it('every range starts on or before its end and contains today unless it is wholly past', () => {
    const today = day('2026-05-15');
    for (const p of EXPLORER_PRESETS) {
      const r = explorerPresetRange(p, today);
      expect(r.from <= r.to, p).toBe(true);
      const past = p === 'yesterday' || p.startsWith('last-') && !p.endsWith('-days');
      expect(r.from <= '2026-05-15' && r.to >= '2026-05-15', p).toBe(!past);
    }
  });
});
