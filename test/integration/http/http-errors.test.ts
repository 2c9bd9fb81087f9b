import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { basicAuth } from '../../../main/core/http/auth-headers.js';
import type { HttpClient } from '../../../main/core/http/http-client.js';
import { HttpError, createHttpClient } from '../../../main/core/http/http-client.js';
import { createJiraClient } from '../../../main/core/jira/jira-client.js';
import { systemClock } from '../../../main/core/system-clock.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { MemoryLogger } from '../../fakes/memory-logger.js';
import { createMemoryLogger } from '../../fakes/memory-logger.js';
import { closedPort } from '../../helpers/closed-port.js';

// Distinctive secrets: if any of them shows up in a message, detail or log line, the test fails.
const TOKEN = `ATATT3xFfGF0-${randomUUID()}-secret`;
const WRONG_TOKEN = `wrong-${randomUUID()}-secret`;
const ADA = { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Ada Lovelace', email: 'ada@example.com', token: TOKEN };

describe('http pipeline: one typed, helpful error per failure', () => {
  let jira: FakeJira;
  let log: MemoryLogger;
  let http: HttpClient;

  beforeAll(async () => {
    jira = await startFakeJira({ users: [ADA] });
  });
  afterAll(async () => {
    await jira.close();
  });
  beforeEach(() => {
    jira.faults.clear();
    log = createMemoryLogger();
    http = createHttpClient({
      fetch: (input, init) => fetch(input, init),
      clock: systemClock,
      log,
      retry: { maxAttempts: 3, baseDelayMs: 2, maxDelayMs: 10 },
      limits: { jira: { requestsPerSecond: 1000 } },
    });
  });

  const alpha = (token = TOKEN, baseUrl = jira.url) => createJiraClient(http, { name: 'alpha', baseUrl, email: ADA.email, token });

  async function failure(p: Promise<unknown>): Promise<HttpError> {
    const e = await p.then(
      () => {
        throw new Error('expected a failure');
      },
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(HttpError);
    return e as HttpError;
  }

  /** The message is for a team lead: names the instance, never a secret — nor does the log. */
  function expectHelpful(e: HttpError, ...secrets: string[]): void {
    expect(e.message).toContain("'alpha'");
    const everything = [e.message, e.detail ?? '', JSON.stringify(e.serverMessages), e.stack ?? '', ...log.lines].join('\n');
    for (const s of [...secrets, TOKEN, basicAuth(ADA.email, TOKEN).slice(6)]) expect(everything).not.toContain(s);
    expect(log.lines.length).toBeGreaterThan(0);
    expect(log.lines.join('\n')).not.toMatch(/authorization/i);
  }

  it('succeeds with the right credentials (and logs method, host, path, status, ms)', async () => {
    const me = await alpha().myself();
    expect(me).toMatchObject({ accountId: ADA.accountId, displayName: 'Ada Lovelace', emailAddress: ADA.email, active: true });
    expect(jira.requests.at(-1)).toMatchObject({ method: 'GET', path: '/rest/api/3/myself', auth: 'basic' });
    const line = log.lines.find((l) => l.startsWith('debug http'));
    expect(line).toMatch(/"method":"GET".*"path":"\/rest\/api\/3\/myself".*"status":"ok".*"ms":\d+/);
    expect(log.lines.join('\n')).not.toContain(TOKEN);
  });

  it('401 → auth: the token may have expired, replace it', async () => {
    const e = await failure(alpha(WRONG_TOKEN).myself());
    expect(e).toMatchObject({ code: 'auth', status: 401, attempts: 1 });
    expect(e.message).toMatch(/Jira rejected the API token for 'alpha' \(401\).*expired.*replace it in Settings/);
    expect(e.message).toContain('Jira said: "Client must be authenticated to access this resource."');
    expectHelpful(e, WRONG_TOKEN);
  });

  it('403 → auth, with Jira’s own words', async () => {
    jira.faults.inject({ kind: 'status', status: 403, message: 'You do not have the permission to see the specified issue.' });
    const e = await failure(alpha().myself());
    expect(e).toMatchObject({ code: 'auth', status: 403 });
    expect(e.message).toMatch(/refused access for 'alpha' \(403\).*permission/);
    expect(e.message).toContain('You do not have the permission to see the specified issue.');
    expectHelpful(e);
  });

  it('404 → not_found, naming the path', async () => {
    const e = await failure(
      http.request({ service: 'jira', instanceName: 'alpha', url: `${jira.url}/rest/api/3/nope`, headers: { Authorization: basicAuth(ADA.email, TOKEN) }, schema: z.unknown() }),
    );
    expect(e).toMatchObject({ code: 'not_found', status: 404 });
    expect(e.message).toContain('/rest/api/3/nope');
    expectHelpful(e);
  });

  it('429 until retries run out → rate_limited', async () => {
    jira.faults.inject({ kind: 'rate-limit', retryAfter: 0 }, { times: Infinity });
    const before = jira.requests.length;
    const e = await failure(alpha().myself());
    expect(e).toMatchObject({ code: 'rate_limited', status: 429, attempts: 3 });
    expect(e.message).toMatch(/limiting requests for 'alpha' \(429\).*after 3 tries.*wait a few minutes/);
    expect(jira.requests.length - before).toBe(3);
    expectHelpful(e);
  });

  it('500 until retries run out → server', async () => {
    jira.faults.inject({ kind: 'status', status: 500 }, { times: Infinity });
    const e = await failure(alpha().myself());
    expect(e).toMatchObject({ code: 'server', status: 500, attempts: 3 });
    expect(e.message).toMatch(/server problem for 'alpha' \(500 after 3 tries\).*try again later/);
    expect(http.stats().retries).toBe(2);
    expectHelpful(e);
  });

  it('an HTML page with 200 (login wall) → bad_response, not a parse crash', async () => {
    jira.faults.inject({ kind: 'html', status: 200 });
    const e = await failure(alpha().myself());
    expect(e).toMatchObject({ code: 'bad_response', status: 200, reason: 'html' });
    expect(e.message).toMatch(/web page instead of data.*sign-in page or proxy/);
    expectHelpful(e);
  });

  it('an HTML 502 page from a gateway → server, saying so', async () => {
    jira.faults.inject({ kind: 'html', status: 502 }, { times: Infinity });
    const e = await failure(alpha().myself());
    expect(e).toMatchObject({ code: 'server', status: 502 });
    expect(e.message).toMatch(/gateway or proxy answered with an error page/);
    expectHelpful(e);
  });

  it('a body cut short once is read again; invalid JSON every time → bad_response', async () => {
    jira.faults.inject('malformed-json');
    await expect(alpha().myself()).resolves.toMatchObject({ accountId: ADA.accountId });
    jira.faults.clear();
    jira.faults.inject('malformed-json', { times: Infinity });
    const e = await failure(alpha().myself());
    expect(e).toMatchObject({ code: 'bad_response', reason: 'invalid_json' });
    expect(e.message).toMatch(/broken data/);
    expectHelpful(e);
  });

  it('a schema mismatch → bad_response; the detail names the field, not its value', async () => {
    const e = await failure(
      http.request({
        service: 'jira',
        instanceName: 'alpha',
        url: `${jira.url}/rest/api/3/myself`,
        headers: { Authorization: basicAuth(ADA.email, TOKEN) },
        schema: z.object({ accountId: z.number(), worklogs: z.array(z.string()) }),
      }),
    );
    expect(e).toMatchObject({ code: 'bad_response', reason: 'schema' });
    expect(e.message).toMatch(/shape Worklog Desk does not expect/);
    expect(e.detail).toMatch(/accountId/);
    expect(e.detail).toMatch(/worklogs/);
    expect(e.detail).not.toContain(ADA.accountId);
    expectHelpful(e);
  });

  it('a host that does not resolve (.invalid) → network, no retry', async () => {
    const e = await failure(alpha(TOKEN, 'https://no-such-site.invalid').myself());
    expect(e).toMatchObject({ code: 'network', reason: 'dns', attempts: 1 });
    expect(e.message).toMatch(/Cannot find the host no-such-site\.invalid for 'alpha'.*check the address/);
    expectHelpful(e);
  });

  it('a closed port → network (refused), retried', async () => {
    const port = await closedPort();
    const e = await failure(alpha(TOKEN, `http://127.0.0.1:${port}`).myself());
    expect(e).toMatchObject({ code: 'network', reason: 'refused', attempts: 3 });
    expect(e.message).toMatch(/refused the connection for 'alpha'/);
    expectHelpful(e);
  });

  it('redacts a token a misbehaving server echoes back in its error body', async () => {
    jira.faults.inject({ kind: 'status', status: 400, message: `Bad header: ${basicAuth(ADA.email, TOKEN)} (token ${TOKEN})` });
    const e = await failure(alpha().myself());
    expect(e).toMatchObject({ code: 'validation', status: 400 });
    expect(e.message).toContain('[redacted]');
    expectHelpful(e);
  });
});
