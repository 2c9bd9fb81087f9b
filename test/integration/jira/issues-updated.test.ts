import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import { issueOps } from '../../fakes/jira/jira-issue-mutations.js';
import { updatedValueMs } from '../../fakes/jira/jira-jql-updated.js';
import type { FakeWorld } from '../../fakes/world.js';
import { generateWorld } from '../../fakes/world.js';
import { SYNC, makeHttp, raw, syncClient } from './jira-test-kit.js';

/**
 * Which issues changed: `POST search/jql` with `updated >= "-Nm" AND id in (…)`, ids only — and
 * the fake behaving like Jira for it (issue `updated` stamped by renames, re-parenting, moves).
 */
describe('Jira sync client: issues updated within the last minutes', () => {
  let world: FakeWorld;
  let jira: FakeJira;
  let now = Date.parse('2026-12-01T12:00:00Z');

  beforeAll(async () => {
    world = generateWorld({ from: '2026-11-01', to: '2026-11-30', issues: 300, worklogs: 600, users: 6 });
    jira = await startFakeJira({ users: [SYNC], world, pageLimits: { search: 40 }, now: () => now });
  });
  afterAll(async () => {
    await jira.close();
  });
  beforeEach(() => {
    jira.requests.length = 0;
  });

  it('finds renamed, re-parented and moved issues among the ids asked about, one POST for 300 ids', async () => {
    const client = syncClient(jira, makeHttp().http);
    const ids = world.issues.map((i) => i.id);
    expect(await client.issueIdsUpdatedWithin(ids, 60)).toEqual([]);

    const ops = issueOps(world, () => now);
    const [a, b, c, d] = world.issues.filter((i) => i.type.hierarchyLevel === 0);
    const epic = world.issues.find((i) => i.type.hierarchyLevel === 1);
    if (!a || !b || !c || !d || !epic) throw new Error('fixture lacks issues');
    now -= 90 * 60_000;
    ops.rename(a.id, 'Old rename — 90 min ago');
    now += 90 * 60_000;
    ops.rename(b.id, 'Renamed — Zoë ✓');
    ops.reparent(c.id, epic.id);
    const project = ops.addProject('NEWP', 'New project');
    ops.moveToProject(d.id, project.key);
    expect(d.key).toBe('NEWP-1');

    jira.requests.length = 0;
    const changed = await client.issueIdsUpdatedWithin(ids, 60);
    // Jira moves an issue's sub-tasks with it (new keys, updated too).
    const subtasks = world.issues.filter((i) => i.parentId === d.id && i.type.hierarchyLevel < 0);
    expect(subtasks.every((i) => i.key.startsWith('NEWP-'))).toBe(true);
    // The rename 90 minutes ago is outside the last hour; ids come back in id order.
    expect(changed).toEqual([b.id, c.id, d.id, ...subtasks.map((i) => i.id)].sort((x, y) => Number(x) - Number(y)));
    expect(jira.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /rest/api/3/search/jql']);
    // Only the ids asked about: the same changes outside the list are not reported.
    expect(await client.issueIdsUpdatedWithin([a.id, b.id], 120)).toEqual([a.id, b.id].sort((x, y) => Number(x) - Number(y)));
    expect(await client.issueIdsUpdatedWithin([a.id], 60)).toEqual([]);
  });

  it('pages ids-only answers of up to 5000 by nextPageToken, and refuses a malformed updated value like Jira', async () => {
    const all = world.issues.map((i) => i.id);
    const first = await raw(jira, '/rest/api/3/search/jql', { method: 'POST', body: { jql: `updated >= "-9999w" AND id in (${all.join(',')})`, fields: ['id'], maxResults: 100 } });
    expect(first.status).toBe(200);
    const page = first.body as { issues: Array<{ id: string }>; nextPageToken?: string; isLast: boolean };
    expect(page.issues).toHaveLength(100);
    expect(page.isLast).toBe(false);
    const big = await raw(jira, '/rest/api/3/search/jql', { method: 'POST', body: { jql: `updated >= "-9999w" AND id in (${all.join(',')})`, fields: ['id'], maxResults: 5000 } });
    expect((big.body as { issues: unknown[]; isLast: boolean }).issues).toHaveLength(300);
    expect((big.body as { isLast: boolean }).isLast).toBe(true);

    const bad = await raw(jira, '/rest/api/3/search/jql', { method: 'POST', body: { jql: 'updated >= "yesterday"' } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("Date value 'yesterday' for field 'updated' is invalid");
    const unknown = await raw(jira, '/rest/api/3/search/jql', { method: 'POST', body: { jql: 'id in (1)', startAt: 0 } });
    expect(unknown.status).toBe(400);
    const notIn = await raw(jira, '/rest/api/3/search/jql', { method: 'POST', body: { jql: `id not in (${all.slice(1).join(',')})`, maxResults: 10 } });
    expect((notIn.body as { issues: Array<{ id: string }> }).issues.map((i) => i.id)).toEqual([all[0]]);
  });

  it('reads an absolute "yyyy-MM-dd HH:mm" in the searcher’s zone, with daylight saving', () => {
    expect(updatedValueMs('2026-12-01 10:30', 0)).toBe(Date.parse('2026-12-01T10:30:00Z'));
    expect(updatedValueMs('2026/07/01 10:30', 0, 'Europe/Berlin')).toBe(Date.parse('2026-07-01T08:30:00Z'));
    expect(updatedValueMs('2026-12-01 10:30', 0, 'Europe/Berlin')).toBe(Date.parse('2026-12-01T09:30:00Z'));
    expect(updatedValueMs('2026-12-01 10:30', 0, 'Asia/Kolkata')).toBe(Date.parse('2026-12-01T05:00:00Z'));
    expect(updatedValueMs('-95m', Date.parse('2026-12-01T12:00:00Z'))).toBe(Date.parse('2026-12-01T10:25:00Z'));
  });
});
