import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isHttpError } from '../../../main/core/http/http-client.js';
import { TEMPO_WORKLOGS_LIMIT, createTempoSyncClient } from '../../../main/core/tempo/tempo-sync-client.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import { hasNoUtcStart, startedToUtc } from '../../fakes/tempo/tempo-worklog-json.js';
import type { FakeWorld } from '../../fakes/world.js';
import { generateWorld, jiraStarted, worldOps } from '../../fakes/world.js';
import { TEMPO_TOKEN, collect, credentials, expectedTempoIds, testHttp } from './tempo-harness.js';

const FROM = '2026-03-10';
const TO = '2026-03-20';
/** Smaller than any `limit` the client asks for: pages come back short while more exist. */
const PAGE_LIMIT = 7;

describe('Tempo worklogs: paging by metadata.next over the shared world', () => {
  let world: FakeWorld;
  let ops: ReturnType<typeof worldOps>;
  let tempo: FakeTempo;
  /** Worklogs added at the edges of the range, in the two most extreme offsets. */
  let edges: { inside: string[]; outside: string[] };

  beforeAll(async () => {
    world = generateWorld({ seed: 7, from: '2026-03-01', to: '2026-03-31', worklogs: 400 });
    ops = worldOps(world);
    const kiwi = world.users.find((u) => u.timeZone === 'Pacific/Auckland');
    const coast = world.users.find((u) => u.timeZone === 'America/Los_Angeles');
    const issueId = world.issues.find((i) => i.type.hierarchyLevel === 0)?.id;
    if (!kiwi || !coast || issueId === undefined) throw new Error('the world lacks an Auckland or Los Angeles user or a standard issue');
    const add = (date: string, minutes: number, user: typeof kiwi): string =>
      ops.add({ issueId, authorAccountId: user.accountId, started: jiraStarted(date, minutes, user.timeZone), timeSpentSeconds: 900, comment: `edge ${date}` }).id;
    edges = {
      // Local dates inside the range whose UTC instant falls outside it.
      inside: [add(FROM, 10, kiwi), add(TO, 23 * 60 + 50, coast)],
      // Local dates outside the range whose UTC instant falls inside it.
      outside: [add('2026-03-09', 23 * 60 + 30, coast), add('2026-03-21', 15, kiwi)],
    };
    tempo = await startFakeTempo({ tokens: [TEMPO_TOKEN], world, pageLimit: PAGE_LIMIT });
  });
  afterAll(async () => {
    await tempo.close();
  });
  beforeEach(() => {
    tempo.requests.length = 0;
    tempo.faults.clear();
    tempo.state.pageLimit = PAGE_LIMIT;
    tempo.state.linkOrigin = null;
  });

  it('the edge worklogs really straddle the range in UTC (the test data means what it says)', () => {
    const byId = new Map(world.worklogs.map((w) => [w.id, w]));
    const utcDate = (id: string): string => startedToUtc(byId.get(id)?.started ?? '').slice(0, 10);
    expect(edges.inside.map(utcDate)).toEqual(['2026-03-09', '2026-03-21']);
    expect(edges.outside.map(utcDate)).toEqual([FROM, TO]);
  });

  it('follows next across short pages and yields every worklog of the local-date range exactly once', async () => {
    const client = createTempoSyncClient(testHttp(), credentials(tempo));
    const { pages, all } = await collect(client.worklogs(FROM, TO));
    const expected = expectedTempoIds(world, FROM, TO);
    expect(expected.length).toBeGreaterThan(PAGE_LIMIT * 5);

    const ids = all.map((w) => w.tempoWorklogId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a - b)).toEqual(expected);
    const tempoIdOf = (id: string): number => world.worklogs.find((w) => w.id === id)?.tempoId ?? -1;
    for (const id of edges.inside) expect(ids).toContain(tempoIdOf(id));
    for (const id of edges.outside) expect(ids).not.toContain(tempoIdOf(id));

    // Every page was short of the 5000 asked for, and only `next` told the client to go on.
    expect(pages.every((p) => p.length <= PAGE_LIMIT)).toBe(true);
    expect(tempo.requests).toHaveLength(Math.ceil(expected.length / PAGE_LIMIT));
    expect(tempo.requests.every((r) => r.method === 'GET' && r.path === '/4/worklogs' && r.auth === 'bearer' && r.status === 200)).toBe(true);
  });

  it('asks for 5000 per page, and keeps from/to/limit on every next page', async () => {
    const client = createTempoSyncClient(testHttp(), credentials(tempo));
    await collect(client.worklogs(FROM, TO));
    expect(TEMPO_WORKLOGS_LIMIT).toBe(5000);
    const [first, ...rest] = tempo.requests;
    expect(first?.query).toEqual({ from: FROM, to: TO, limit: '5000' });
    expect(rest.length).toBeGreaterThan(0);
    rest.forEach((r, i) => expect(r.query).toEqual({ from: FROM, to: TO, limit: '5000', offset: String((i + 1) * PAGE_LIMIT) }));
  });

  it('a full last page without next ends the pass: no extra request', async () => {
    const expected = expectedTempoIds(world, FROM, TO);
    tempo.state.pageLimit = expected.length;
    const client = createTempoSyncClient(testHttp(), credentials(tempo));
    const { all } = await collect(client.worklogs(FROM, TO));
    expect(all).toHaveLength(expected.length);
    expect(tempo.requests).toHaveLength(1);
  });

  it('maps records to TempoWorklog: ids only, local date and time, UTC start when Tempo has it, raw as received', async () => {
    const client = createTempoSyncClient(testHttp(), credentials(tempo));
    const { all } = await collect(client.worklogs(FROM, TO));
    let withoutUtc = 0;
    for (const t of all) {
      const w = world.worklogs.find((x) => x.tempoId === t.tempoWorklogId);
      if (!w) throw new Error(`unknown tempo id ${t.tempoWorklogId}`);
      expect(t).toMatchObject({
        issueId: w.issueId,
        authorAccountId: w.authorAccountId,
        startDate: w.started.slice(0, 10),
        startTime: w.started.slice(11, 19),
        timeSpentSeconds: w.timeSpentSeconds,
        description: w.comment,
        updatedAt: new Date(w.updated).toISOString(),
      });
      expect(t.startDateTimeUtc).toBe(hasNoUtcStart(w) ? null : startedToUtc(w.started));
      if (t.startDateTimeUtc === null) withoutUtc += 1;
      // Tempo gives no issue key and no author name: those come from Jira.
      expect(t.raw).toMatchObject({ tempoWorklogId: w.tempoId, issue: { id: Number(w.issueId) }, author: { accountId: w.authorAccountId }, billableSeconds: w.timeSpentSeconds });
      expect(JSON.stringify(t.raw)).not.toMatch(/"key"|displayName/);
    }
    expect(withoutUtc).toBeGreaterThan(0);
    expect(withoutUtc).toBeLessThan(all.length / 5);
  });

  it('an empty range: no pages, one request', async () => {
    const client = createTempoSyncClient(testHttp(), credentials(tempo));
    const { pages } = await collect(client.worklogs('2019-01-01', '2019-01-31'));
    expect(pages).toEqual([]);
    expect(tempo.requests).toHaveLength(1);
  });

  it('add, update, move out and remove in the world show on the next pass', async () => {
    const client = createTempoSyncClient(testHttp(), credentials(tempo));
    const before = await collect(client.worklogs(FROM, TO));
    const inRange = world.worklogs.filter((w) => w.started.slice(0, 10) >= FROM && w.started.slice(0, 10) <= TO);
    const [changed, moved, removed] = inRange;
    if (!changed || !moved || !removed) throw new Error('not enough worklogs in range');
    const added = ops.add({ issueId: changed.issueId, authorAccountId: changed.authorAccountId, started: jiraStarted('2026-03-15', 9 * 60, '+0100'), timeSpentSeconds: 1800, comment: 'added later' });
    ops.update(changed.id, { timeSpentSeconds: 7200, comment: 'changed — ✓' });
    ops.update(moved.id, { started: jiraStarted('2026-04-02', 10 * 60, '+0000') });
    ops.remove(removed.id);

    const after = await collect(client.worklogs(FROM, TO));
    const ids = after.all.map((w) => w.tempoWorklogId).sort((a, b) => a - b);
    expect(ids).toEqual(expectedTempoIds(world, FROM, TO));
    expect(ids).toContain(added.tempoId);
    expect(ids).not.toContain(moved.tempoId);
    expect(ids).not.toContain(removed.tempoId);
    expect(after.all.find((w) => w.tempoWorklogId === changed.tempoId)).toMatchObject({ timeSpentSeconds: 7200, description: 'changed — ✓' });
    expect(after.all.length).toBe(before.all.length - 1);
  });

  it('refuses a next link to another host: bad_response, and the token never goes there', async () => {
    const elsewhere = await startFakeTempo({ tokens: [TEMPO_TOKEN] });
    try {
      tempo.state.linkOrigin = elsewhere.origin;
      const client = createTempoSyncClient(testHttp(), credentials(tempo));
      const error = await collect(client.worklogs(FROM, TO)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isHttpError(error)).toBe(true);
      expect(error).toMatchObject({ code: 'bad_response', service: 'tempo', instanceName: 'alpha' });
      expect((error as Error).message).toMatch(/Tempo for 'alpha'.*another server \(127\.0\.0\.1:\d+\)/);
      expect(tempo.requests).toHaveLength(1);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });

  it('refuses a next link to another origin even when it would reach the same server (localhost vs 127.0.0.1)', async () => {
    tempo.state.linkOrigin = tempo.origin.replace('127.0.0.1', 'localhost');
    const client = createTempoSyncClient(testHttp(), credentials(tempo));
    await expect(collect(client.worklogs(FROM, TO))).rejects.toMatchObject({ code: 'bad_response' });
    expect(tempo.requests).toHaveLength(1);
  });
});
