import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeWorld } from '../../fakes/world.js';
import { generateWorld } from '../../fakes/world.js';
import { SYNC, makeHttp, raw, syncClient } from './jira-test-kit.js';

describe('Jira sync client: bulkfetch and user/bulk', () => {
  let world: FakeWorld;
  let jira: FakeJira;

  beforeAll(async () => {
    world = generateWorld({ from: '2026-11-01', to: '2026-11-30', issues: 250, worklogs: 200, users: 30 });
    // One person shows an empty email instead of leaving it out: Jira does both.
    const emptyEmail = world.users[1];
    if (emptyEmail) emptyEmail.email = '';
    jira = await startFakeJira({ users: [SYNC], world });
  });
  afterAll(async () => {
    await jira.close();
  });
  beforeEach(() => {
    jira.faults.clear();
    jira.requests.length = 0;
    jira.state.failingIssueIds.clear();
    jira.state.limits.usersBulk = 100;
  });

  it('bulkfetch: up to 100 issues per request, unknown ids simply absent', async () => {
    const { http, sent } = makeHttp();
    const client = syncClient(jira, http);
    const wanted = world.issues.slice(0, 98).map((i) => i.id);
    const got = await client.bulkFetchIssues([...wanted, '1', '424242']);
    expect(got.map((i) => i.id).sort()).toEqual([...wanted].sort());
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toEqual({ issueIdsOrKeys: [...wanted, '1', '424242'], fields: ['summary', 'issuetype', 'parent', 'project'] });
    const sub = world.issues.find((i) => i.type.hierarchyLevel === -1 && wanted.includes(i.id));
    expect(got.find((i) => i.id === sub?.id)).toMatchObject({ hierarchyLevel: -1, typeName: 'Sub-task', parentId: sub?.parentId });
  });

  it('bulkfetch: more than 100 ids go out in several requests; issueErrors are ignored', async () => {
    const { http, sent } = makeHttp();
    const client = syncClient(jira, http);
    const ids = world.issues.slice(0, 230).map((i) => i.id);
    jira.state.failingIssueIds.add(ids[5] ?? '');
    const got = await client.bulkFetchIssues(ids);
    expect(got).toHaveLength(229);
    expect(sent.map((s) => (s.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys.length)).toEqual([100, 100, 30]);
  });

  it('bulkfetch on the fake: Jira’s shape, fields honoured, 101 ids refused', async () => {
    const child = world.issues.find((i) => i.parentId !== null);
    const res = await raw(jira, '/rest/api/3/issue/bulkfetch', { method: 'POST', body: { issueIdsOrKeys: [child?.key, 'NOPE-1'], fields: ['parent', 'issuetype'] } });
    expect(res.status).toBe(200);
    const body = res.body as { issues: Array<{ id: string; key: string; fields: Record<string, unknown> }>; issueErrors: unknown[] };
    expect(body.issueErrors).toEqual([]);
    expect(body.issues).toHaveLength(1);
    expect(Object.keys(body.issues[0]?.fields ?? {}).sort()).toEqual(['issuetype', 'parent']);
    expect(body.issues[0]?.fields.parent).toMatchObject({ id: child?.parentId, key: expect.any(String), fields: { summary: expect.any(String), issuetype: { hierarchyLevel: expect.any(Number), subtask: expect.any(Boolean) } } });
    const tooMany = await raw(jira, '/rest/api/3/issue/bulkfetch', { method: 'POST', body: { issueIdsOrKeys: Array.from({ length: 101 }, (_, i) => String(i)) } });
    expect(tooMany.status).toBe(400);
  });

  it('user/bulk: pages through whatever page size the server allows; hidden or empty emails → null', async () => {
    jira.state.limits.usersBulk = 10;
    const client = syncClient(jira, makeHttp().http);
    const ids = world.users.slice(0, 25).map((u) => u.accountId);
    const got = await client.usersBulk([...ids, 'acc-unknown']);
    expect(got.map((u) => u.accountId)).toEqual(ids);
    for (const u of got) {
      const src = world.users.find((x) => x.accountId === u.accountId);
      expect(u).toEqual({ accountId: src?.accountId, displayName: src?.displayName, email: src?.email || null, active: true });
    }
    expect(got.filter((u) => u.email === null).length).toBeGreaterThan(1);
    const asked = jira.requests.map((r) => r.query);
    expect(asked.map((q) => [q.startAt, q.maxResults])).toEqual([
      ['0', '100'],
      ['10', '100'],
      ['20', '100'],
    ]);
    expect((asked[0]?.accountId as string[]).length).toBe(26);
  });

  it('user/bulk on the fake: 10 per page by default, isLast and total', async () => {
    const q = world.users.slice(0, 12).map((u) => `accountId=${u.accountId}`).join('&');
    const res = await raw(jira, `/rest/api/3/user/bulk?${q}`);
    expect(res.body).toMatchObject({ startAt: 0, maxResults: 10, total: 12, isLast: false, nextPage: expect.stringContaining('startAt=10') });
    expect((res.body as { values: unknown[] }).values).toHaveLength(10);
  });

  it('user/bulk on the fake: timeZone is the person’s IANA zone, left out when their privacy settings hide it', async () => {
    const q = world.users.slice(0, 12).map((u) => `accountId=${u.accountId}`).join('&');
    const res = await raw(jira, `/rest/api/3/user/bulk?${q}&maxResults=12`);
    const values = (res.body as { values: Array<{ accountId: string; timeZone?: string }> }).values;
    expect(values.map((v) => [v.accountId, 'timeZone' in v ? v.timeZone : 'hidden'])).toEqual(
      world.users.slice(0, 12).map((u) => [u.accountId, u.zoneHidden ? 'hidden' : u.timeZone]),
    );
    expect(values.filter((v) => !('timeZone' in v)).length).toBeGreaterThan(0);
  });

  it('names with accents and emoji arrive intact', async () => {
    const client = syncClient(jira, makeHttp().http);
    const rocket = world.users.find((u) => u.displayName.includes('🚀'));
    const accented = world.users.filter((u) => /[^\x20-\x7e]/.test(u.displayName));
    expect(rocket).toBeDefined();
    const got = await client.usersBulk(accented.map((u) => u.accountId));
    expect(got.map((u) => u.displayName)).toEqual(accented.map((u) => u.displayName));
  });
});
