import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../../main/core/http/http-client.js';
import { createHttpClient } from '../../../main/core/http/http-client.js';
import { createJiraClient } from '../../../main/core/jira/jira-client.js';
import { createTempoClient } from '../../../main/core/tempo/tempo-client.js';
import { systemClock } from '../../../main/core/system-clock.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeServer } from '../../fakes/fake-server.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import type { MemoryLogger } from '../../fakes/memory-logger.js';
import { createMemoryLogger } from '../../fakes/memory-logger.js';

const ADA = { accountId: 'acc-ada', displayName: 'Ada', email: 'ada@example.com', token: 'pause-test-token-123456' };
const TEMPO_TOKEN = 'tempo-token-abcdef';
const N = 8;
/**
 * Client and fakes share one event loop: a request the client sent an instant before it read the
 * 429 may be recorded by the fake just after. Such a request was not sent during the pause.
 */
const LANDING_MS = 100;

describe('Retry-After pauses every request to the host', () => {
  let jira: FakeJira;
  let tempo: FakeTempo;
  let http: HttpClient;
  let log: MemoryLogger;
  /** When the pipeline called fetch, per request. */
  let sends: number[];

  beforeAll(async () => {
    jira = await startFakeJira({ users: [ADA] });
    tempo = await startFakeTempo({ tokens: [TEMPO_TOKEN] });
  });
  afterAll(async () => {
    await jira.close();
    await tempo.close();
  });
  beforeEach(() => {
    jira.requests.length = 0;
    tempo.requests.length = 0;
    sends = [];
    log = createMemoryLogger();
    // 20/s: without the pause, the queued requests would go out every 50 ms during the window.
    http = createHttpClient({
      fetch: (input, init) => {
        sends.push(Date.now());
        return fetch(input, init);
      },
      clock: systemClock,
      log,
      retry: { baseDelayMs: 2, maxDelayMs: 10 },
      limits: { jira: { requestsPerSecond: 20, maxConcurrent: 4 }, tempo: { requestsPerSecond: 20, maxConcurrent: 4 } },
    });
  });

  const fireJira = () => {
    const client = createJiraClient(http, { name: 'alpha', baseUrl: jira.url, email: ADA.email, token: ADA.token });
    return Promise.all(Array.from({ length: N }, () => client.myself()));
  };

  /**
   * The pause the client set, as it logged it: from the moment it decided (the end minus its
   * length) to the end. Read from the log, not from when the line was written, which a busy
   * machine may delay by a few milliseconds.
   */
  function pauseWindow(): { start: number; end: number; ms: number } {
    const entry = log.entries.find((e) => e.message === 'http host paused');
    if (!entry) throw new Error('the host was never paused');
    const { until, ms } = entry.fields as { until: string; ms: number };
    const end = Date.parse(until);
    return { start: end - ms, end, ms };
  }

  /** Nothing sent by the client, and nothing arriving at the fake, between the pause and its end. */
  function expectQuietWindow(server: FakeServer, start: number, end: number): void {
    for (const t of sends) expect(t < start || t >= end, `a request was sent ${t - start} ms into the pause`).toBe(true);
    for (const r of server.requests) {
      if (r.at > start + LANDING_MS) expect(r.at, `a request arrived ${r.at - start} ms into the pause`).toBeGreaterThanOrEqual(end);
    }
    // The queue was really held back, not just empty.
    expect(sends.filter((t) => t >= end).length).toBeGreaterThanOrEqual(N - 4);
    expect(server.requests.filter((r) => r.status === 200)).toHaveLength(N);
  }

  it('Retry-After: 1 (seconds) — nothing is sent to the host for a second, then all succeed', async () => {
    jira.faults.inject({ kind: 'rate-limit', retryAfter: 1 });
    await expect(fireJira()).resolves.toHaveLength(N);
    const pause = pauseWindow();
    expect(pause.ms).toBe(1000);
    expectQuietWindow(jira, pause.start, pause.end);
    expect(http.stats()).toMatchObject({ retries: 1 });
    expect(http.stats().pausedMs).toBeGreaterThanOrEqual(1000);
  });

  it('Retry-After as an HTTP date — nothing is sent to the host before that date', async () => {
    const until = new Date(Date.now() + 2000);
    jira.faults.inject({ kind: 'rate-limit', retryAfter: until });
    await fireJira();
    // HTTP dates have whole seconds: the pause ends at the truncated second (give or take the
    // milliseconds between reading the header and setting the pause).
    const pause = pauseWindow();
    expect(pause.end - Date.parse(until.toUTCString())).toBeGreaterThanOrEqual(0);
    expect(pause.end - Date.parse(until.toUTCString())).toBeLessThan(50);
    expectQuietWindow(jira, pause.start, pause.end);
  });

  it('503 with Retry-After pauses the host as well', async () => {
    jira.faults.inject({ kind: 'rate-limit', status: 503, retryAfter: 1 });
    await fireJira();
    expect(jira.requests.find((r) => r.fault === 'rate-limit')?.status).toBe(503);
    const pause = pauseWindow();
    expect(pause.ms).toBe(1000);
    expectQuietWindow(jira, pause.start, pause.end);
  });

  it('Tempo 429 without Retry-After still pauses the host for at least 1 s', async () => {
    tempo.faults.inject({ kind: 'rate-limit', retryAfter: null });
    const client = createTempoClient(http, { name: 'alpha', baseUrl: tempo.url, token: TEMPO_TOKEN });
    await Promise.all(Array.from({ length: N }, () => client.check()));
    const pause = pauseWindow();
    expect(pause.ms).toBeGreaterThanOrEqual(1000);
    expectQuietWindow(tempo, pause.start, pause.end);
  });
});
