import { describe, expect, it } from 'vitest';
import { anomalyWords } from '../../shared/domain/anomalies.js';

/** The words a cell's name and the worklogs dialog use for each anomaly. */
describe('anomaly words', () => {
  it('names each anomaly, with the maximum the flags were computed with', () => {
    expect(anomalyWords('over-max', 12 * 3600, 'en-GB')).toBe('more than 12 h in a day');
    expect(anomalyWords('over-max', 7.5 * 3600, 'en-GB')).toBe('more than 7.5 h in a day');
    expect(anomalyWords('over-max', 7.5 * 3600, 'es-ES')).toBe('more than 7,5 h in a day');
    expect(anomalyWords('on-leave', 12 * 3600)).toBe('time logged on an approved leave');
    expect(anomalyWords('non-working', 12 * 3600)).toBe('time logged on a non-working day');
  });
});
