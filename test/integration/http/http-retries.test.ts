import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { basicAuth } from '../../../main/core/http/auth-headers.js';
import type { HttpClient, HttpClientDeps } from '../../../main/core/http/http-client.js';
import { createHttpClient } from '../../../main/core/http/http-client.js';
import { createJiraClient } from '../../../main/core/jira/jira-client.js';
import { jiraMyselfSchema } from '../../../main/core/jira/jira-schemas.js';
import { systemClock } from '../../../main/core/system-clock.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import { createMemoryLogger } from '../../fakes/memory-logger.js';

const ADA = { accountId: 'acc-ada', displayName: 'Ada', email: 'ada@example.com', token: 'retry-test-token-123456' };

describe('http pipeline: retries, timeouts, cancellation', () => {
  let jira: FakeJira;

  beforeAll(async () => {
    jira = await startFakeJira({ users: [ADA] });
  });
  afterAll(async () => {
    await jira.close();
  });
  beforeEach(() => {
    jira.faults.clear();
  });

  const client = (over: Partial<HttpClientDeps> = {}): HttpClient =>
    createHttpClient({
      fetch: (input, init) => fetch(input, init),
      clock: systemClock,
      log: createMemoryLogger(),
      retry: { maxAttempts: 5, baseDelayMs: 2, maxDelayMs: 20 },
      limits: { jira: { requestsPerSecond: 1000 } },
      ...over,
    });
  const myself = (http: HttpClient, signal?: AbortSignal) => createJiraClient(http, { name: 'alpha', baseUrl: jira.url, email: ADA.email, token: ADA.token }).myself(signal);
  const postMyself = (http: HttpClient, idempotent?: boolean) =>
    http.request({
      service: 'jira',
      instanceName: 'alpha',
      method: 'POST',
      url: `${jira.url}/rest/api/3/myself`,
      headers: { Authorization: basicAuth(ADA.email, ADA.token) },
      body: { probe: true },
      schema: z.unknown(),
      ...(idempotent === undefined ? {} : { idempotent }),
    });

  it('5xx twice, then 200 → success with 2 retries', async () => {
    const http = client();
    jira.faults.inject({ kind: 'status', status: 503 }, { times: 1 }).inject({ kind: 'status', status: 500 }, { times: 1 });
    const before = jira.requests.length;
    await expect(myself(http)).resolves.toMatchObject({ accountId: 'acc-ada' });
    expect(http.stats()).toMatchObject({ requests: 3, retries: 2 });
    expect(jira.requests.slice(before).map((r) => r.status)).toEqual([503, 500, 200]);
  });

  it('a dropped connection is retried', async () => {
    const http = client();
    jira.faults.inject('reset');
    await expect(myself(http)).resolves.toMatchObject({ accountId: 'acc-ada' });
    expect(http.stats().retries).toBe(1);
  });

  it('a dropped connection on a POST that may write is not retried', async () => {
    const http = client();
    jira.faults.inject('reset', { method: 'POST' });
    await expect(postMyself(http)).rejects.toMatchObject({ code: 'network', reason: 'reset', attempts: 1 });
    expect(http.stats()).toMatchObject({ requests: 1, retries: 0 });
  });

  it('a 500 on a POST marked idempotent (a read) is retried', async () => {
    const http = client();
    jira.faults.inject({ kind: 'status', status: 500 }, { method: 'POST' });
    // After the fault the fake answers 405 (no POST /myself): proof the POST was sent again.
    await expect(postMyself(http, true)).rejects.toMatchObject({ status: 405, attempts: 2 });
  });

  it('a 429 on a POST is retried: the server did not act on it', async () => {
    const http = client();
    jira.faults.inject({ kind: 'rate-limit', retryAfter: 0 }, { method: 'POST' });
    await expect(postMyself(http)).rejects.toMatchObject({ status: 405, attempts: 2 });
  });

  it('survives a seeded 30% fault rate of 5xx, resets and 429s', async () => {
    const http = client({ retry: { maxAttempts: 6, baseDelayMs: 1, maxDelayMs: 5 } });
    jira.faults.setFaultRate(0.3, [{ kind: 'status', status: 502 }, 'reset', { kind: 'rate-limit', retryAfter: 0 }], 7);
    const results = await Promise.all(Array.from({ length: 20 }, () => myself(http)));
    expect(results.every((r) => r.accountId === 'acc-ada')).toBe(true);
    expect(http.stats().retries).toBeGreaterThan(0);
    expect(jira.faults.applied.length).toBe(http.stats().retries);
  });

  const get = (http: HttpClient, opts: { timeoutMs?: number; signal?: AbortSignal } = {}) =>
    http.request({
      service: 'jira',
      instanceName: 'alpha',
      url: `${jira.url}/rest/api/3/myself`,
      headers: { Authorization: basicAuth(ADA.email, ADA.token) },
      schema: jiraMyselfSchema,
      ...opts,
    });

  it('a server that never answers → timeout, after retrying', async () => {
    const http = client({ retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    jira.faults.inject('stall', { times: Infinity });
    const started = Date.now();
    const e = await get(http, { timeoutMs: 150 }).catch((err: unknown) => err);
    expect(e).toMatchObject({ code: 'timeout', attempts: 2 });
    expect((e as Error).message).toMatch(/did not answer within 0\.2 s for 'alpha' after 2 tries/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('the default timeout applies when the request sets none', async () => {
    const http = client({ defaultTimeoutMs: 100, retry: { maxAttempts: 1 } });
    jira.faults.inject('stall');
    await expect(myself(http)).rejects.toMatchObject({ code: 'timeout' });
  });

  it('cancellation while waiting for an answer → cancelled, at once', async () => {
    const http = client();
    jira.faults.inject('stall');
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 100);
    const started = Date.now();
    await expect(get(http, { signal: ctl.signal })).rejects.toMatchObject({ code: 'cancelled' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(http.stats().retries).toBe(0);
  });

  it('cancellation while paused by Retry-After → cancelled, without waiting the pause out', async () => {
    const http = client();
    jira.faults.inject({ kind: 'rate-limit', retryAfter: 5 });
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 150);
    const started = Date.now();
    await expect(myself(http, ctl.signal)).rejects.toMatchObject({ code: 'cancelled', message: expect.stringMatching(/cancelled/) });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('an already cancelled request is never sent', async () => {
    const http = client();
    const before = jira.requests.length;
    await expect(myself(http, AbortSignal.abort())).rejects.toMatchObject({ code: 'cancelled' });
    expect(jira.requests.length).toBe(before);
  });

  it('a Retry-After longer than we wait fails at once, and holds back the next request too', async () => {
    const http = client({ retry: { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 1000 } });
    jira.faults.inject({ kind: 'rate-limit', retryAfter: 600 });
    const before = jira.requests.length;
    await expect(myself(http)).rejects.toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/about 10 minutes/) });
    await expect(myself(http)).rejects.toMatchObject({ code: 'rate_limited' });
    expect(jira.requests.length - before).toBe(1);
    expect(http.stats().pausedMs).toBeGreaterThanOrEqual(599_000);
  });
});
