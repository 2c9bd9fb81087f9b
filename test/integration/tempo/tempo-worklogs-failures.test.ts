import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../main/core/errors.js';
import { isHttpError } from '../../../main/core/http/http-client.js';
import { createTempoSyncClient } from '../../../main/core/tempo/tempo-sync-client.js';
import type { FakeServer } from '../../fakes/fake-server.js';
import { startFakeServer } from '../../fakes/fake-server.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import { createMemoryLogger } from '../../fakes/memory-logger.js';
import { sendJson } from '../../fakes/respond.js';
import { Router } from '../../fakes/router.js';
import type { FakeWorld } from '../../fakes/world.js';
import { generateWorld } from '../../fakes/world.js';
import { TEMPO_TOKEN, collect, credentials, expectedTempoIds, testHttp } from './tempo-harness.js';

const FROM = '2026-05-04';
const TO = '2026-05-08';

async function failure(p: Promise<unknown>): Promise<Error & { code?: string; reason?: string; status?: number; attempts?: number }> {
  return p.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (e: unknown) => e as Error,
  );
}

describe('Tempo worklogs: failures through the real pipeline', () => {
  let world: FakeWorld;
  let tempo: FakeTempo;

  beforeAll(async () => {
    world = generateWorld({ seed: 11, from: FROM, to: TO, worklogs: 40 });
    tempo = await startFakeTempo({ tokens: [TEMPO_TOKEN], world, pageLimit: 15 });
  });
  afterAll(async () => {
    await tempo.close();
  });
  beforeEach(() => {
    tempo.requests.length = 0;
    tempo.faults.clear();
    tempo.state.extraWorklogs = [];
  });

  it('429 without Retry-After (as Tempo answers): waits at least 1 s, then the pass completes', async () => {
    const log = createMemoryLogger();
    const http = testHttp(log);
    tempo.faults.inject({ kind: 'rate-limit', retryAfter: null }, { match: '/4/worklogs' });
    const client = createTempoSyncClient(http, credentials(tempo));
    const { all } = await collect(client.worklogs(FROM, TO));

    expect(all.map((w) => w.tempoWorklogId).sort((a, b) => a - b)).toEqual(expectedTempoIds(world, FROM, TO));
    const [limited, retried] = tempo.requests;
    expect(limited).toMatchObject({ status: 429, fault: 'rate-limit' });
    expect(retried?.status).toBe(200);
    // The fake records the 429 as sent before the client reads it, so this gap is at most the pause itself.
    expect((retried?.at ?? 0) - (limited?.respondedAt ?? Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(1000 - 2);
    expect(http.stats().pausedMs).toBeGreaterThanOrEqual(1000);
    expect(log.entries.some((e) => e.message === 'http host paused' && e.fields?.ms === 1000)).toBe(true);
  });

  it('401: auth, in words that name Tempo and the instance, without the token', async () => {
    const client = createTempoSyncClient(testHttp(), credentials(tempo, { name: 'Acme EU', tempoToken: 'tempo-wrong-token-999999' }));
    const e = await failure(collect(client.worklogs(FROM, TO)));
    expect(e).toMatchObject({ code: 'auth', status: 401 });
    expect(e.message).toMatch(/^Tempo rejected the Tempo API token for 'Acme EU' \(401\)/);
    expect(e.message).not.toContain('tempo-wrong-token-999999');
    // A wrong token does not get better by asking again.
    expect(tempo.requests).toHaveLength(1);
  });

  it('no Tempo token saved: auth in plain words, and nothing is sent', async () => {
    for (const tempoToken of [null, '  ']) {
      const client = createTempoSyncClient(testHttp(), credentials(tempo, { tempoToken }));
      const e = await failure(collect(client.worklogs(FROM, TO)));
      expect(isAppError(e)).toBe(true);
      expect(e.code).toBe('auth');
      expect(e.message).toMatch(/^No Tempo token is saved for 'alpha'/);
      await expect(client.userSchedule('acc-1', FROM, TO)).rejects.toMatchObject({ code: 'auth' });
    }
    expect(tempo.requests).toHaveLength(0);
  });

  it('an HTML 502 from a gateway is retried; when it persists it is a server error naming the error page', async () => {
    tempo.faults.inject({ kind: 'html', status: 502 }, { times: 1 });
    const ok = await collect(createTempoSyncClient(testHttp(), credentials(tempo)).worklogs(FROM, TO));
    expect(ok.all).toHaveLength(expectedTempoIds(world, FROM, TO).length);

    tempo.faults.clear();
    tempo.requests.length = 0;
    tempo.faults.inject({ kind: 'html', status: 502 }, { times: Infinity });
    const e = await failure(collect(createTempoSyncClient(testHttp(), credentials(tempo)).worklogs(FROM, TO)));
    // The pipeline classifies every 5xx as 'server' (retryable); only a 2xx HTML page is bad_response.
    expect(e).toMatchObject({ code: 'server', status: 502, attempts: 5 });
    expect(e.message).toContain('a gateway or proxy answered with an error page');
    expect(tempo.requests).toHaveLength(5);
  });

  it('an HTML page with 200 (sign-in wall) is bad_response, not retried', async () => {
    tempo.faults.inject({ kind: 'html', status: 200 });
    const e = await failure(collect(createTempoSyncClient(testHttp(), credentials(tempo)).worklogs(FROM, TO)));
    expect(e).toMatchObject({ code: 'bad_response', reason: 'html' });
    expect(tempo.requests).toHaveLength(1);
  });

  it('malformed JSON every time is bad_response (a single broken body is read again)', async () => {
    tempo.faults.inject({ kind: 'malformed-json' }, { times: Infinity });
    const e = await failure(collect(createTempoSyncClient(testHttp(), credentials(tempo)).worklogs(FROM, TO)));
    expect(e).toMatchObject({ code: 'bad_response', reason: 'invalid_json' });
    expect(e.message).toMatch(/^Tempo for 'alpha' sent broken data/);
  });

  it('a malformed page in the middle of a pass fails the pass (the pages before it were already yielded)', async () => {
    tempo.faults.inject({ kind: 'malformed-json' }, { times: Infinity, match: (r) => r.path === '/4/worklogs' && tempo.requests.length >= 2 });
    const pages: number[] = [];
    const client = createTempoSyncClient(testHttp(), credentials(tempo));
    const e = await failure(
      (async () => {
        for await (const page of client.worklogs(FROM, TO)) pages.push(page.length);
      })(),
    );
    expect(e).toMatchObject({ code: 'bad_response', reason: 'invalid_json' });
    expect(pages).toEqual([15]);
  });

  it('a record without what sync needs (issue.id) is a shape error; unknown fields and a numeric startTime are fine', async () => {
    const base = {
      self: `${tempo.url}/4/worklogs/1`,
      tempoWorklogId: 1,
      issue: { self: 'https://fake-jira.invalid/rest/api/2/issue/20001', id: 20001 },
      author: { self: 'https://fake-jira.invalid/rest/api/2/user?accountId=a1', accountId: 'a1' },
      startDate: FROM,
      // The spec's own example for startTime is a number of seconds since midnight.
      startTime: 72360,
      timeSpentSeconds: 600,
      billableSeconds: 600,
      createdAt: '2026-05-04T08:00:00Z',
      updatedAt: '2026-05-04T08:00:00Z',
      attributes: { self: `${tempo.url}/4/worklogs/1/work-attribute-values`, values: [] },
      someFieldTempoAddsLater: { nested: true },
    };
    tempo.state.extraWorklogs = [base];
    const { all } = await collect(createTempoSyncClient(testHttp(), credentials(tempo)).worklogs(FROM, FROM));
    const extra = all.find((w) => w.tempoWorklogId === 1);
    expect(extra).toMatchObject({ issueId: '20001', startTime: '20:06:00', startDateTimeUtc: null, description: null });
    expect(extra?.raw).toEqual(base);

    tempo.state.extraWorklogs = [{ ...base, issue: { self: base.issue.self } }];
    const e = await failure(collect(createTempoSyncClient(testHttp(), credentials(tempo)).worklogs(FROM, FROM)));
    expect(e).toMatchObject({ code: 'bad_response', reason: 'schema' });
  });
});

describe('Tempo worklogs: a server whose next link loops', () => {
  let loop: FakeServer;

  beforeAll(async () => {
    const router = new Router();
    router.get('/4/worklogs', (ctx) => {
      // Always the same second page: a client that trusts it would never finish.
      sendJson(ctx.res, 200, { self: `${ctx.baseUrl}/4/worklogs`, metadata: { count: 0, offset: 0, limit: 5000, next: `${ctx.baseUrl}/4/worklogs?offset=5000` }, results: [] });
    });
    loop = await startFakeServer({ router, errorBody: (_s, message) => ({ errors: { message } }), notFound: (ctx) => sendJson(ctx.res, 404, {}) });
  });
  afterAll(async () => {
    await loop.close();
  });

  it('stops with bad_response once a next link repeats', async () => {
    const client = createTempoSyncClient(testHttp(), { name: 'alpha', url: 'https://alpha.atlassian.net', email: 'a@example.com', jiraToken: 'x', tempoToken: TEMPO_TOKEN, tempoBaseUrl: loop.url });
    const e = await failure(collect(client.worklogs(FROM, TO)));
    expect(isHttpError(e)).toBe(true);
    expect(e).toMatchObject({ code: 'bad_response' });
    expect(e.message).toContain('kept linking back to a page of worklogs it had already sent');
    expect(loop.requests).toHaveLength(2);
  });
});
