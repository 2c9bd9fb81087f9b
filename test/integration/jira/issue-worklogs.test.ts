import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import { worklogJson } from '../../fakes/jira/jira-json.js';
import { startedToMs } from '../../fakes/jira/jira-time.js';
import { peopleLookup } from '../../fakes/jira/jira-world-index.js';
import { startedForReader } from '../../fakes/jira/jira-zone.js';
import type { FakeWorld } from '../../fakes/world.js';
import { generateWorld, worldOps } from '../../fakes/world.js';
import { INSTANCE, SYNC, collect, makeHttp, raw, rejection, syncClient } from './jira-test-kit.js';

const FROM = '2026-11-01';
const TO = '2026-11-30';
const ALL_TIME: [number, number] = [0, Date.parse('2100-01-01T00:00:00Z')];

describe('Jira sync client: issue worklogs', () => {
  let world: FakeWorld;
  let jira: FakeJira;
  /** The issue with the most worklogs: more than one page at the fake's cap of 7. */
  let busyId: string;

  beforeAll(async () => {
    world = generateWorld({ from: FROM, to: TO, issues: 60, worklogs: 600 });
    const counts = new Map<string, number>();
    for (const w of world.worklogs) counts.set(w.issueId, (counts.get(w.issueId) ?? 0) + 1);
    busyId = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    jira = await startFakeJira({ users: [SYNC], world, pageLimits: { issueWorklogs: 7 } });
  });
  afterAll(async () => {
    await jira.close();
  });
  beforeEach(() => {
    jira.faults.clear();
    jira.requests.length = 0;
  });

  const ofIssue = (id: string) => world.worklogs.filter((w) => w.issueId === id).sort((a, b) => Number(a.id) - Number(b.id));

  it('pages by startAt until total, even when the server caps maxResults below what was asked', async () => {
    const client = syncClient(jira, makeHttp().http);
    const expected = ofIssue(busyId);
    expect(expected.length).toBeGreaterThan(20);
    const { pages, all } = await collect(client.issueWorklogs(busyId, ...ALL_TIME));
    expect(all.map((w) => w.id)).toEqual(expected.map((w) => w.id));
    expect(pages.every((p) => p.length <= 7)).toBe(true);
    const sent = jira.requests.map((r) => r.query);
    expect(sent[0]).toMatchObject({ startAt: '0', maxResults: '5000' });
    expect(sent.map((q) => Number(q.startAt))).toEqual(pages.map((_, i) => i * 7));
  });

  it('asks only for worklogs started inside [after, before], compared as instants', async () => {
    const client = syncClient(jira, makeHttp().http);
    const after = Date.parse('2026-11-10T00:00:00Z');
    const before = Date.parse('2026-11-17T00:00:00Z');
    const { all } = await collect(client.issueWorklogs(busyId, after, before));
    const expected = ofIssue(busyId).filter((w) => startedToMs(w.started) >= after && startedToMs(w.started) <= before);
    expect(expected.length).toBeGreaterThan(0);
    expect(all.map((w) => w.id)).toEqual(expected.map((w) => w.id));
    expect(jira.requests[0]?.query).toMatchObject({ startedAfter: String(after), startedBefore: String(before) });
  });

  it('maps each worklog and keeps the record as received in raw', async () => {
    const client = syncClient(jira, makeHttp().http);
    const { all } = await collect(client.issueWorklogs(busyId, ...ALL_TIME));
    const person = peopleLookup(jira.state);
    for (const got of all) {
      const src = world.worklogs.find((w) => w.id === got.id);
      if (!src) throw new Error(`unknown worklog ${got.id}`);
      const author = world.users.find((u) => u.accountId === src.authorAccountId);
      expect(got).toEqual({
        id: src.id,
        issueId: src.issueId,
        author: { accountId: src.authorAccountId, displayName: author?.displayName ?? null, email: author?.email ?? null, timeZone: author && !author.zoneHidden ? author.timeZone : null },
        // Rendered in the reader's zone, not as the author logged it.
        started: startedForReader(src.started, jira.state.readerZone),
        timeSpentSeconds: src.timeSpentSeconds,
        comment: src.comment,
        updated: new Date(src.updated).toISOString().replace('Z', '+0000'),
        raw: worklogJson(jira.url, src, person, jira.state.readerZone),
      });
    }
  });

  it('an issue without worklogs costs one request and yields nothing', async () => {
    const client = syncClient(jira, makeHttp().http);
    const idle = world.issues.find((i) => ofIssue(i.id).length === 0);
    expect(idle).toBeDefined();
    expect((await collect(client.issueWorklogs(idle?.id ?? '', ...ALL_TIME))).all).toEqual([]);
    expect(jira.requests).toHaveLength(1);
  });

  it('an unknown issue is a not_found error with Jira’s message', async () => {
    const client = syncClient(jira, makeHttp().http);
    const e = await rejection(collect(client.issueWorklogs('99999999', ...ALL_TIME)));
    expect(e).toMatchObject({ code: 'not_found', status: 404 });
    expect(e.message).toContain(`'${INSTANCE}'`);
    expect(e.message).toContain('Issue does not exist or you do not have permission to see it.');
  });

  it('worklogs deleted while paging: the paging ends at the new total', async () => {
    const fake = await startFakeJira({ users: [SYNC], world: structuredClone(world), pageLimits: { issueWorklogs: 7 } });
    try {
      const client = syncClient(fake, makeHttp().http);
      const ops = worldOps(fake.state.world);
      const pages: string[][] = [];
      for await (const page of client.issueWorklogs(busyId, ...ALL_TIME)) {
        pages.push(page.map((w) => w.id));
        // After the first page, the rest of the issue's worklogs disappear.
        if (pages.length === 1) for (const w of fake.state.world.worklogs.filter((x) => x.issueId === busyId && !page.some((p) => p.id === x.id))) ops.remove(w.id);
      }
      expect(pages).toHaveLength(1);
      // The second page (startAt 7) is empty now: the listing ends there.
      expect(fake.requests.filter((r) => r.path.endsWith('/worklog')).map((r) => r.query.startAt)).toEqual(['0', '7']);
    } finally {
      await fake.close();
    }
  });

  it('the fake refuses a bad startedAfter like Jira (400)', async () => {
    const res = await raw(jira, `/rest/api/3/issue/${busyId}/worklog?startedAfter=yesterday`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ errorMessages: [expect.stringContaining('startedAfter')] });
  });
});
