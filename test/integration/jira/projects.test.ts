import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeWorld } from '../../fakes/world.js';
import { ISSUE_TYPES, generateWorld } from '../../fakes/world.js';
import { SYNC, makeHttp, raw, rejection, syncClient } from './jira-test-kit.js';

describe('Jira client: projects and issue types', () => {
  let world: FakeWorld;
  let jira: FakeJira;

  beforeAll(async () => {
    world = generateWorld({ from: '2026-11-01', to: '2026-11-30', projects: 7, issues: 20, worklogs: 10 });
    jira = await startFakeJira({ users: [SYNC], world, pageLimits: { projects: 3, issueTypes: 3 } });
  });
  afterAll(async () => {
    await jira.close();
  });
  beforeEach(() => {
    jira.requests.length = 0;
  });

  it('listProjects pages by startAt until isLast', async () => {
    const client = syncClient(jira, makeHttp().http);
    const got = await client.listProjects();
    expect(got.map((p) => p.key).sort()).toEqual(world.projects.map((p) => p.key).sort());
    expect(got[0]).toEqual({ id: expect.any(String), key: expect.any(String), name: expect.any(String) });
    expect(jira.requests.map((r) => r.query.startAt)).toEqual(['0', '3', '6']);
  });

  it('issueTypesForProject pages by startAt/total and reads `issueTypes`', async () => {
    const client = syncClient(jira, makeHttp().http);
    const got = await client.issueTypesForProject(world.projects[0]?.key ?? '');
    expect(got).toEqual(Object.values(ISSUE_TYPES).map((t) => ({ id: t.id, name: t.name, hierarchyLevel: t.hierarchyLevel, subtask: t.subtask })));
    expect(jira.requests).toHaveLength(2);
    const res = await raw(jira, `/rest/api/3/issue/createmeta/${world.projects[0]?.id}/issuetypes`);
    expect(res.body).toMatchObject({ startAt: 0, maxResults: 3, total: 4, issueTypes: expect.any(Array) });
  });

  it('an unknown project is not_found', async () => {
    const client = syncClient(jira, makeHttp().http);
    expect(await rejection(client.issueTypesForProject('NOPE'))).toMatchObject({ code: 'not_found', status: 404 });
  });
});
