import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTempoSyncClient } from '../../../main/core/tempo/tempo-sync-client.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import { TEMPO_TOKEN, credentials, testHttp } from './tempo-harness.js';

/** Atlassian account ids may contain a colon: it must travel as one path segment. */
const ACCOUNT = '557058:f1c2d3e4-0000-4000-8000-123456789abc';

describe('Tempo user schedule', () => {
  let tempo: FakeTempo;

  beforeAll(async () => {
    tempo = await startFakeTempo({ tokens: [TEMPO_TOKEN] });
  });
  afterAll(async () => {
    await tempo.close();
  });
  beforeEach(() => {
    tempo.requests.length = 0;
    tempo.faults.clear();
  });

  it('one day per date: weekdays 8 h working days, weekends 0 h non-working days', async () => {
    const client = createTempoSyncClient(testHttp(), credentials(tempo));
    // 2026-03-02 is a Monday.
    const days = await client.userSchedule(ACCOUNT, '2026-03-02', '2026-03-08');
    expect(days).toEqual([
      { date: '2026-03-02', requiredSeconds: 28800, type: 'WORKING_DAY' },
      { date: '2026-03-03', requiredSeconds: 28800, type: 'WORKING_DAY' },
      { date: '2026-03-04', requiredSeconds: 28800, type: 'WORKING_DAY' },
      { date: '2026-03-05', requiredSeconds: 28800, type: 'WORKING_DAY' },
      { date: '2026-03-06', requiredSeconds: 28800, type: 'WORKING_DAY' },
      { date: '2026-03-07', requiredSeconds: 0, type: 'NON_WORKING_DAY' },
      { date: '2026-03-08', requiredSeconds: 0, type: 'NON_WORKING_DAY' },
    ]);
    expect(tempo.requests).toHaveLength(1);
    expect(tempo.requests[0]).toMatchObject({ method: 'GET', path: `/4/user-schedule/${encodeURIComponent(ACCOUNT)}`, query: { from: '2026-03-02', to: '2026-03-08' }, auth: 'bearer' });
  });

  it('a part-time person with a holiday: their own required seconds, the holiday named, 0 s on it', async () => {
    tempo.state.schedules.set(ACCOUNT, { weekdaySeconds: { 1: 4 * 3600, 2: 4 * 3600, 3: 4 * 3600 }, holidays: { '2026-03-03': 'Fête 🎉', '2026-03-07': 'Saturday fair' } });
    try {
      const client = createTempoSyncClient(testHttp(), credentials(tempo));
      const days = await client.userSchedule(ACCOUNT, '2026-03-02', '2026-03-07');
      expect(days).toEqual([
        { date: '2026-03-02', requiredSeconds: 14400, type: 'WORKING_DAY' },
        { date: '2026-03-03', requiredSeconds: 0, type: 'HOLIDAY', holiday: 'Fête 🎉' },
        { date: '2026-03-04', requiredSeconds: 14400, type: 'WORKING_DAY' },
        { date: '2026-03-05', requiredSeconds: 0, type: 'NON_WORKING_DAY' },
        { date: '2026-03-06', requiredSeconds: 0, type: 'NON_WORKING_DAY' },
        { date: '2026-03-07', requiredSeconds: 0, type: 'HOLIDAY_AND_NON_WORKING_DAY', holiday: 'Saturday fair' },
      ]);
    } finally {
      tempo.state.schedules.delete(ACCOUNT);
    }
  });

  it('a 401 is auth, naming Tempo and the instance', async () => {
    const client = createTempoSyncClient(testHttp(), credentials(tempo, { name: 'beta', tempoToken: 'not-the-right-token-000' }));
    await expect(client.userSchedule(ACCOUNT, '2026-03-02', '2026-03-08')).rejects.toMatchObject({ code: 'auth', message: expect.stringMatching(/^Tempo rejected the Tempo API token for 'beta'/) as unknown });
  });
});
