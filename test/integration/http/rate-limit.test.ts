import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../main/core/http/http-client.js';
import { createJiraClient } from '../../../main/core/jira/jira-client.js';
import { createTempoClient } from '../../../main/core/tempo/tempo-client.js';
import { systemClock } from '../../../main/core/system-clock.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import { createMemoryLogger } from '../../fakes/memory-logger.js';

const ADA = { accountId: 'acc-ada', displayName: 'Ada', email: 'ada@example.com', token: 'limit-test-token-123456' };
const TEMPO_TOKEN = 'tempo-limit-token-abcdef';

describe('per-host rate limit and concurrency cap', () => {
  let jira: FakeJira;
  let tempo: FakeTempo;

  beforeAll(async () => {
    jira = await startFakeJira({ users: [ADA] });
    tempo = await startFakeTempo({ tokens: [TEMPO_TOKEN] });
  });
  afterAll(async () => {
    await jira.close();
    await tempo.close();
  });

  it('Tempo at the default 5 req/s: 15 requests arrive spaced ~200 ms apart', async () => {
    const http = createHttpClient({ fetch: (i, init) => fetch(i, init), clock: systemClock, log: createMemoryLogger() });
    const client = createTempoClient(http, { name: 'alpha', baseUrl: tempo.url, token: TEMPO_TOKEN });
    tempo.requests.length = 0;
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 15 }, () => client.check()));
    const times = tempo.requests.map((r) => r.at).sort((a, b) => a - b);
    expect(times).toHaveLength(15);
    // Timers fire late, never early, and a late send doesn't move later slots: the i-th request
    // arrives at least i × 200 ms after the first could leave, however loaded the machine is.
    times.forEach((t, i) => expect(t - t0, `request ${i}`).toBeGreaterThanOrEqual(i * 200 - 1));
  });

  it('never has more than maxConcurrent requests in flight on a host, across instances', async () => {
    const http = createHttpClient({
      fetch: (i, init) => fetch(i, init),
      clock: systemClock,
      log: createMemoryLogger(),
      limits: { jira: { requestsPerSecond: 1000, maxConcurrent: 3 } },
    });
    jira.faults.clear();
    jira.faults.inject({ kind: 'delay', ms: 60 }, { times: Infinity });
    jira.inFlight.max = 0;
    // Two instances on the same site share the host's limits.
    const a = createJiraClient(http, { name: 'alpha', baseUrl: jira.url, email: ADA.email, token: ADA.token });
    const b = createJiraClient(http, { name: 'beta', baseUrl: `${jira.url}/`, email: ADA.email, token: ADA.token });
    await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).myself()));
    jira.faults.clear();
    expect(jira.inFlight.max).toBe(3);
    expect(http.stats().byHost[new URL(jira.url).host]).toBe(12);
    expect(http.stats().byInstance).toEqual({ alpha: 6, beta: 6 });
  });
});
