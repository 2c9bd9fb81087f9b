import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeWorld } from '../../fakes/world.js';
import { generateWorld, worldOps } from '../../fakes/world.js';
import { SYNC, collect, drain, makeHttp, raw, syncClient } from './jira-test-kit.js';

const HOUR = 3_600_000;

describe('Jira sync client: worklog/updated, worklog/deleted, worklog/list', () => {
  let world: FakeWorld;
  let jira: FakeJira;
  let now: number;

  beforeAll(async () => {
    now = Date.now();
    world = generateWorld({ from: '2026-11-01', to: '2026-11-30', issues: 80, worklogs: 700 });
    // Spread the changes over the last few hours, some of them sharing a millisecond.
    world.worklogs.forEach((w, i) => {
      w.updated = now - 5 * HOUR + Math.floor(i / 3) * 1000;
    });
    jira = await startFakeJira({ users: [SYNC], world, pageLimits: { changedWorklogs: 100 }, now: () => now });
  });
  afterAll(async () => {
    await jira.close();
  });
  beforeEach(() => {
    jira.faults.clear();
    jira.requests.length = 0;
    jira.state.changeFeedDelayMs = 60_000;
  });

  it('updated: follows nextPage until lastPage, oldest first, every change once', async () => {
    const client = syncClient(jira, makeHttp().http);
    const since = now - 5 * HOUR + 60_000;
    const pages = await drain(client.worklogsUpdated(since));
    const expected = world.worklogs.filter((w) => w.updated > since).map((w) => w.id);
    const ids = pages.flatMap((p) => p.ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(500);
    expect(pages.length).toBeGreaterThan(4);
    // `until` grows page by page, and each next request starts from the previous page's until.
    const untils = pages.map((p) => p.until);
    expect([...untils].sort((a, b) => a - b)).toEqual(untils);
    expect(jira.requests.map((r) => Number(r.query.since))).toEqual([since, ...untils.slice(0, -1)]);
  });

  it('changes of the last minute are hidden until they are a minute old', async () => {
    const client = syncClient(jira, makeHttp().http);
    const ops = worldOps(world, () => now - 10_000);
    const fresh = ops.update(world.worklogs[3]?.id ?? '', { timeSpentSeconds: 4500 });
    const since = now - 30_000;
    expect((await drain(client.worklogsUpdated(since))).flatMap((p) => p.ids)).toEqual([]);
    jira.state.changeFeedDelayMs = 0;
    expect((await drain(client.worklogsUpdated(since))).flatMap((p) => p.ids)).toEqual([fresh.id]);
  });

  it('deleted: removed worklogs appear in the deleted feed, and worklog/list no longer returns them', async () => {
    jira.state.changeFeedDelayMs = 0;
    const client = syncClient(jira, makeHttp().http);
    const ops = worldOps(world, () => now - 2000);
    const gone = [world.worklogs[10]?.id ?? '', world.worklogs[11]?.id ?? ''];
    gone.forEach((id) => ops.remove(id));
    const pages = await drain(client.worklogsDeleted(now - 3000));
    expect(pages).toEqual([{ ids: gone, until: now - 2000 }]);
    const kept = world.worklogs.slice(0, 5).map((w) => w.id);
    const listed = await client.worklogsById([...kept, ...gone]);
    expect(listed.map((w) => w.id)).toEqual(kept);
  });

  it('the feed’s real shape: worklogId numbers, properties, since/until/self/lastPage/nextPage', async () => {
    const res = await raw(jira, `/rest/api/3/worklog/updated?since=${now - 5 * HOUR - 1}`);
    expect(res.body).toMatchObject({ since: expect.any(Number), until: expect.any(Number), self: expect.any(String), lastPage: false, nextPage: expect.stringContaining('/rest/api/3/worklog/updated?since=') });
    const first = (res.body as { values: unknown[] }).values[0];
    expect(first).toEqual({ worklogId: expect.any(Number), updatedTime: expect.any(Number), properties: [] });
  });

  it('worklog/list: ids sent as numbers, 1000 per request', async () => {
    const { http, sent } = makeHttp();
    const client = syncClient(jira, http);
    const ids = world.worklogs.map((w) => w.id);
    const extra = Array.from({ length: 600 }, (_, i) => String(900_000_000 + i));
    const got = await client.worklogsById([...ids, ...extra]);
    expect(got.map((w) => w.id).sort()).toEqual([...ids].sort());
    expect(sent.map((s) => (s.body as { ids: unknown[] }).ids.length)).toEqual([1000, ids.length + 600 - 1000]);
    expect((sent[0]?.body as { ids: unknown[] }).ids.every((id) => typeof id === 'number')).toBe(true);
    const tooMany = await raw(jira, '/rest/api/3/worklog/list', { method: 'POST', body: { ids: Array.from({ length: 1001 }, (_, i) => i + 1) } });
    expect(tooMany.status).toBe(400);
  });

  it('a worklog moved to another issue is listed under its new issue', async () => {
    const client = syncClient(jira, makeHttp().http);
    const w = world.worklogs[20];
    const target = world.issues.find((i) => i.id !== w?.issueId && i.type.hierarchyLevel <= 0);
    worldOps(world, () => now).update(w?.id ?? '', { issueId: target?.id ?? '' });
    const [got] = await client.worklogsById([w?.id ?? '']);
    expect(got?.issueId).toBe(target?.id);
    const { all } = await collect(client.issueWorklogs(target?.id ?? '', 0, Date.parse('2100-01-01')));
    expect(all.map((x) => x.id)).toContain(w?.id);
  });
});
