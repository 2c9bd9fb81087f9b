import { describe, expect, it } from 'vitest';
import { diffTone, signedHours } from '../../renderer/src/format.js';

// The Timesheet's difference column and the Leaves page's hours table read the same.
describe('logged minus expected in words', () => {
  it('signs with a real minus, says nothing for what rounds to 0.00 h', () => {
    expect(signedHours(-6.5 * 3600, 'en-GB')).toBe('−6.5 h');
    expect(signedHours(2 * 3600, 'en-GB')).toBe('+2 h');
    expect(signedHours(17, 'en-GB')).toBe('0 h');
    expect(signedHours(-17, 'en-GB')).toBe('0 h');
  });
  it('tones: short below, over above, even within a rounding step', () => {
    expect([-3600, -18, 0, 17, 3600].map(diffTone)).toEqual(['short', 'even', 'even', 'even', 'over']);
    expect(diffTone(-36)).toBe('short');
  });
});
