import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFactorialClient } from '../../../main/core/factorial/factorial-client.js';
import type { HttpClient } from '../../../main/core/http/http-client.js';
import { HttpError, createHttpClient } from '../../../main/core/http/http-client.js';
import { createJiraClient } from '../../../main/core/jira/jira-client.js';
import { systemClock } from '../../../main/core/system-clock.js';
import { createTempoClient } from '../../../main/core/tempo/tempo-client.js';
import type { CredentialTrap } from '../../fakes/credential-trap.js';
import { startCredentialTrap } from '../../fakes/credential-trap.js';
import type { FakeFactorial } from '../../fakes/fake-factorial.js';
import { startFakeFactorial } from '../../fakes/fake-factorial.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import { createMemoryLogger } from '../../fakes/memory-logger.js';

const JIRA_TOKEN = `ATATT-${randomUUID()}`;
const TEMPO_TOKEN = `tempo-${randomUUID()}`;
const FACTORIAL_KEY = `fact-${randomUUID()}`;
const ADA = { accountId: 'acc-ada', displayName: 'Ada Lovelace', email: 'ada@example.com', token: JIRA_TOKEN };

/**
 * Every request carries a token, so a redirect to another origin must not be followed: the
 * request stops with a typed error naming the target, and the other server (a credential trap on
 * another port) receives nothing at all. Same-origin redirects are followed, a bounded number of times.
 */
describe('redirects of requests that carry a token', () => {
  let jira: FakeJira;
  let tempo: FakeTempo;
  let factorial: FakeFactorial;
  let trap: CredentialTrap;
  let http: HttpClient;
  /** Jira requests made by the current test (the fake lives across tests). */
  let jiraMark = 0;
  const myselfCalls = () => jira.requests.slice(jiraMark).filter((r) => r.path === '/rest/api/3/myself');

  beforeAll(async () => {
    [jira, tempo, factorial, trap] = await Promise.all([
      startFakeJira({ users: [ADA] }),
      startFakeTempo({ tokens: [TEMPO_TOKEN] }),
      startFakeFactorial({ apiKeys: [FACTORIAL_KEY] }),
      startCredentialTrap(),
    ]);
  });
  afterAll(async () => {
    await Promise.all([jira.close(), tempo.close(), factorial.close(), trap.close()]);
  });
  beforeEach(() => {
    for (const f of [jira, tempo, factorial]) f.faults.clear();
    trap.requests.length = 0;
    jiraMark = jira.requests.length;
    http = createHttpClient({
      fetch: (input, init) => fetch(input, init),
      clock: systemClock,
      log: createMemoryLogger(),
      retry: { maxAttempts: 3, baseDelayMs: 2, maxDelayMs: 10 },
      limits: { jira: { requestsPerSecond: 1000 }, tempo: { requestsPerSecond: 1000 }, factorial: { requestsPerSecond: 1000 } },
    });
  });

  async function rejection(p: Promise<unknown>): Promise<HttpError> {
    const e = await p.then(
      () => new Error('expected a failure'),
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(HttpError);
    return e as HttpError;
  }

  const expectRefused = (e: HttpError, target: string): void => {
    expect(e.code).toBe('bad_response');
    expect(e.reason).toBe('other_origin');
    expect(e.redirectTarget).toBe(target);
    expect(e.message).toContain(`tried to send the request on to ${target}`);
    expect(e.message).toContain('only sends');
    // Nothing reached the other host: no request at all, so certainly no credential.
    expect(trap.requests).toEqual([]);
    expect(trap.leaks).toEqual([]);
  };

  it('Jira: a 302 to another port is not followed, and the error names the target', async () => {
    jira.faults.inject({ kind: 'redirect', status: 302, location: `${trap.origin}/rest/api/3/myself?x=1` }, { match: '/rest/api/3/myself' });
    const e = await rejection(createJiraClient(http, { name: 'alpha', baseUrl: jira.url, email: ADA.email, token: JIRA_TOKEN }).myself());
    expectRefused(e, `${trap.origin}/rest/api/3/myself`);
    expect(e.message).toContain("for 'alpha'");
    expect(e.message).not.toContain(JIRA_TOKEN);
    // One try only: a redirect elsewhere will not change by asking again.
    expect(myselfCalls()).toHaveLength(1);
  });

  it('Jira: a POST answered with 307 to another host is not resent there', async () => {
    jira.faults.inject({ kind: 'redirect', status: 307, location: `${trap.origin}/rest/api/3/search/jql` }, { match: '/rest/api/3/search/jql' });
    const e = await rejection(
      http.request({
        service: 'jira',
        instanceName: 'alpha',
        method: 'POST',
        url: `${jira.url}/rest/api/3/search/jql`,
        headers: { Authorization: `Basic ${Buffer.from(`${ADA.email}:${JIRA_TOKEN}`).toString('base64')}` },
        body: { jql: 'project = X', maxResults: 1 },
        schema: z.unknown(),
        idempotent: true,
      }),
    );
    expectRefused(e, `${trap.origin}/rest/api/3/search/jql`);
  });

  it('Jira: a redirect on the same origin is followed, with the token, and the answer used', async () => {
    jira.faults.inject({ kind: 'redirect', status: 301, location: '/rest/api/3/myself' }, { match: '/rest/api/3/myself', times: 2 });
    const me = await createJiraClient(http, { name: 'alpha', baseUrl: jira.url, email: ADA.email, token: JIRA_TOKEN }).myself();
    expect(me.accountId).toBe(ADA.accountId);
    const myself = myselfCalls();
    expect(myself.map((r) => [r.status, r.auth])).toEqual([
      [301, 'basic'],
      [301, 'basic'],
      [200, 'basic'],
    ]);
  });

  it('Jira: a same-origin redirect loop stops after a bounded number of hops', async () => {
    jira.faults.inject({ kind: 'redirect', status: 302, location: '/rest/api/3/myself' }, { match: '/rest/api/3/myself', times: Infinity });
    const e = await rejection(createJiraClient(http, { name: 'alpha', baseUrl: jira.url, email: ADA.email, token: JIRA_TOKEN }).myself());
    expect(e.reason).toBe('too_many');
    expect(e.message).toMatch(/kept redirecting the request/);
    expect(myselfCalls()).toHaveLength(6);
  });

  it('Tempo: a 302 to another port is not followed with the Bearer token', async () => {
    tempo.faults.inject({ kind: 'redirect', status: 302, location: `${trap.origin}/4/worklogs` }, { match: '/4/worklogs' });
    const e = await rejection(createTempoClient(http, { name: 'alpha', baseUrl: tempo.url, token: TEMPO_TOKEN }).check());
    expectRefused(e, `${trap.origin}/4/worklogs`);
    expect(e.message).toMatch(/^Tempo at /);
  });

  it('Factorial: a 302 to another port is not followed with the API key', async () => {
    factorial.faults.inject({ kind: 'redirect', status: 302, location: `${trap.origin}/elsewhere` }, { match: () => true });
    const e = await rejection(createFactorialClient(http, { baseUrl: factorial.url, apiKey: () => Promise.resolve(FACTORIAL_KEY) }).check());
    expectRefused(e, `${trap.origin}/elsewhere`);
    expect(e.message).toMatch(/^Factorial at /);
    expect(e.message).toContain('the Factorial API key');
  });
});

