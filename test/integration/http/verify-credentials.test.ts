import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../../main/core/http/http-client.js';
import { createHttpClient } from '../../../main/core/http/http-client.js';
import type { CredentialsInput } from '../../../main/core/instances/verify-credentials.js';
import { checkCredentials, verifyCredentials } from '../../../main/core/instances/verify-credentials.js';
import { systemClock } from '../../../main/core/system-clock.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import { startFakeNotJira } from '../../fakes/fake-not-jira.js';
import type { FakeServer } from '../../fakes/fake-server.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import type { MemoryLogger } from '../../fakes/memory-logger.js';
import { createMemoryLogger } from '../../fakes/memory-logger.js';
import { closedPort } from '../../helpers/closed-port.js';

const JIRA_TOKEN = `ATATT3xFfGF0-${randomUUID()}`;
const TEMPO_TOKEN = `tempo-${randomUUID()}`;
const ADA = { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Ada Lovelace 🧮', email: 'ada@example.com', token: JIRA_TOKEN };
const HIDDEN = { accountId: 'acc-hidden', displayName: 'Private Person', email: 'private@example.com', token: `${JIRA_TOKEN}-2`, emailHidden: true };
const CAPTCHA = { accountId: 'acc-captcha', displayName: 'Locked Out', email: 'locked@example.com', token: `${JIRA_TOKEN}-3`, captcha: true };

describe('verifyCredentials / checkCredentials against the fakes', () => {
  let jira: FakeJira;
  let prefixed: FakeJira;
  let tempo: FakeTempo;
  let notJira: FakeServer;
  let log: MemoryLogger;
  let http: HttpClient;

  beforeAll(async () => {
    jira = await startFakeJira({ users: [ADA, HIDDEN, CAPTCHA] });
    prefixed = await startFakeJira({ users: [ADA], pathPrefix: '/jira' });
    tempo = await startFakeTempo({ tokens: [TEMPO_TOKEN] });
    notJira = await startFakeNotJira();
    log = createMemoryLogger();
    http = createHttpClient({ fetch: (i, init) => fetch(i, init), clock: systemClock, log, retry: { maxAttempts: 2, baseDelayMs: 2, maxDelayMs: 5 }, defaultTimeoutMs: 2000 });
  });
  afterAll(async () => {
    await Promise.all([jira.close(), prefixed.close(), tempo.close(), notJira.close()]);
    // Whatever happened, no token reached the log.
    const all = log.lines.join('\n');
    expect(all).not.toContain(JIRA_TOKEN);
    expect(all).not.toContain(TEMPO_TOKEN);
  });

  const input = (over: Partial<CredentialsInput> = {}): CredentialsInput => ({ name: 'alpha', url: jira.url, email: ADA.email, jiraToken: JIRA_TOKEN, ...over });

  async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string }> {
    const e = (await p.then(
      () => {
        throw new Error('expected a failure');
      },
      (err: unknown) => err,
    )) as { code: string; message: string; detail?: string };
    expect(e.message).not.toContain(JIRA_TOKEN);
    expect(e.message).not.toContain(TEMPO_TOKEN);
    expect(e.detail ?? '').not.toContain(JIRA_TOKEN);
    return e;
  }

  it('right credentials → who the token belongs to; no Tempo asked for → tempo null', async () => {
    await expect(verifyCredentials(http, input())).resolves.toEqual({
      jira: { accountId: ADA.accountId, displayName: ADA.displayName, emailAddress: ADA.email },
      tempo: null,
    });
  });

  it('a user whose email is hidden has no emailAddress', async () => {
    const r = await verifyCredentials(http, input({ email: HIDDEN.email, jiraToken: HIDDEN.token }));
    expect(r.jira).toEqual({ accountId: 'acc-hidden', displayName: 'Private Person' });
  });

  it('a Jira behind a path prefix works, even typed with a trailing slash or a pasted issue link', async () => {
    for (const url of [prefixed.url, `${prefixed.url}/`, `${prefixed.url}/browse/CORE-1?focusedCommentId=1`]) {
      await expect(verifyCredentials(http, input({ url }))).resolves.toMatchObject({ jira: { accountId: ADA.accountId } });
    }
    expect(prefixed.requests.every((r) => r.path === '/rest/api/3/myself')).toBe(true);
  });

  it('right Jira and Tempo tokens → both ok', async () => {
    await expect(verifyCredentials(http, input({ tempoToken: TEMPO_TOKEN, tempoBaseUrl: `${tempo.url}/4/` }))).resolves.toMatchObject({ tempo: { ok: true } });
    expect(tempo.requests.at(-1)).toMatchObject({ method: 'GET', path: '/4/worklogs', auth: 'bearer', query: { from: '2000-01-01', to: '2000-01-01', limit: '1' } });
  });

  it('wrong token → auth, about the token or the email', async () => {
    const e = await rejection(verifyCredentials(http, input({ jiraToken: 'not-the-token-9876' })));
    expect(e.code).toBe('auth');
    expect(e.message).toMatch(/did not accept the email and API token for 'alpha'/);
    expect(e.message).toMatch(/expired/);
    expect(e.message).toContain(ADA.email);
    expect(e.message).not.toContain('not-the-token-9876');
  });

  it('wrong email → the same auth message, naming the email used', async () => {
    const e = await rejection(verifyCredentials(http, input({ email: 'someone.else@example.com' })));
    expect(e).toMatchObject({ code: 'auth' });
    expect(e.message).toContain('someone.else@example.com');
  });

  it('403 (CAPTCHA after failed sign-ins) → no permission, sign in in the browser', async () => {
    const e = await rejection(verifyCredentials(http, input({ email: CAPTCHA.email, jiraToken: CAPTCHA.token })));
    expect(e.code).toBe('auth');
    expect(e.message).toMatch(/refused access \(403\).*no access to this Jira site.*CAPTCHA/);
  });

  it('a host that does not exist → "no such site"', async () => {
    const e = await rejection(verifyCredentials(http, input({ url: 'https://no-such-site.invalid' })));
    expect(e.code).toBe('network');
    expect(e.message).toMatch(/^No such site: no-such-site\.invalid could not be found for 'alpha'/);
  });

  it('a 404 on /myself (wrong path) → "no such site"', async () => {
    const e = await rejection(verifyCredentials(http, input({ url: `${prefixed.origin}/wrong-prefix` })));
    expect(e.code).toBe('not_found');
    expect(e.message).toMatch(/^No such site: there is no Jira at http:\/\/127\.0\.0\.1:\d+\/wrong-prefix/);
  });

  it('a website that is not Jira → "not a Jira"', async () => {
    const e = await rejection(verifyCredentials(http, input({ url: notJira.url })));
    expect(e.code).toBe('bad_response');
    expect(e.message).toMatch(/it is not a Jira site: it sent a web page/);
  });

  it('JSON that is not a Jira user → "not a Jira"', async () => {
    // A 200 with JSON of another shape (here a Jira-style error body) is not a Jira answering /myself.
    jira.faults.inject({ kind: 'status', status: 200, message: 'hello' });
    const e = await rejection(verifyCredentials(http, input()));
    expect(e.code).toBe('bad_response');
    expect(e.message).toMatch(/not a Jira site: it sent data that is not a Jira user/);
  });

  it('nothing listening → "could not reach"', async () => {
    const port = await closedPort();
    const e = await rejection(verifyCredentials(http, input({ url: `http://127.0.0.1:${port}` })));
    expect(e.code).toBe('network');
    expect(e.message).toMatch(/^Could not reach http:\/\/127\.0\.0\.1:\d+ for 'alpha': nothing answered there \(connection refused\)/);
  });

  it('a server that never answers → "could not reach" (timeout)', async () => {
    const quick = createHttpClient({ fetch: (i, init) => fetch(i, init), clock: systemClock, log, retry: { maxAttempts: 1 }, defaultTimeoutMs: 150 });
    jira.faults.inject('stall');
    const e = await rejection(verifyCredentials(quick, input()));
    expect(e.code).toBe('timeout');
    expect(e.message).toMatch(/Could not reach .* did not answer in time/);
  });

  it('a bad Tempo token → auth, and the message says it is the TEMPO token', async () => {
    const e = await rejection(verifyCredentials(http, input({ tempoToken: 'bad-tempo-token-1234', tempoBaseUrl: tempo.url })));
    expect(e.code).toBe('auth');
    expect(e.message).toMatch(/^Tempo rejected the TEMPO API token for 'alpha' \(401\) — this is the Tempo token, not the Jira one/);
    expect(e.message).not.toContain('bad-tempo-token-1234');
  });

  it('an invalid address or missing fields → validation before any request', async () => {
    const before = jira.requests.length;
    await expect(verifyCredentials(http, input({ url: 'http://jira.example.com' }))).rejects.toMatchObject({ code: 'validation' });
    await expect(verifyCredentials(http, input({ email: ' ' }))).rejects.toMatchObject({ code: 'validation', message: expect.stringMatching(/email/) });
    await expect(verifyCredentials(http, input({ jiraToken: '' }))).rejects.toMatchObject({ code: 'validation', message: expect.stringMatching(/API token/) });
    await expect(verifyCredentials(http, input({ tempoToken: TEMPO_TOKEN, tempoBaseUrl: 'https://evil.example.com' }))).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/Tempo/),
    });
    expect(jira.requests.length).toBe(before + 1); // only the last one, whose Jira part was fine
  });

  it('checkCredentials reports both parts separately and never throws', async () => {
    await expect(checkCredentials(http, input({ tempoToken: TEMPO_TOKEN, tempoBaseUrl: tempo.url }))).resolves.toEqual({
      jira: { ok: true, accountId: ADA.accountId, displayName: ADA.displayName, emailAddress: ADA.email },
      tempo: { ok: true },
    });
    const bad = await checkCredentials(http, input({ jiraToken: 'nope-nope-nope', tempoToken: 'bad-tempo-token', tempoBaseUrl: tempo.url }));
    expect(bad.jira).toMatchObject({ ok: false, code: 'auth', message: expect.stringMatching(/API token/) });
    expect(bad.tempo).toMatchObject({ ok: false, code: 'auth', message: expect.stringMatching(/TEMPO API token/) });
    const mixed = await checkCredentials(http, input({ url: notJira.url, tempoToken: TEMPO_TOKEN, tempoBaseUrl: tempo.url }));
    expect(mixed).toMatchObject({ jira: { ok: false, code: 'bad_response' }, tempo: { ok: true } });
    const invalid = await checkCredentials(http, input({ url: '' }));
    expect(invalid).toMatchObject({ jira: { ok: false, code: 'validation' }, tempo: null });
  });
});
