import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeWorld } from '../../fakes/world.js';
import { generateWorld } from '../../fakes/world.js';
import { INSTANCE, SYNC, collect, drain, makeHttp, rejection, syncClient } from './jira-test-kit.js';

describe('Jira sync client: failures come through the pipeline as typed errors', () => {
  let world: FakeWorld;
  let jira: FakeJira;

  beforeAll(async () => {
    world = generateWorld({ from: '2026-11-01', to: '2026-11-30', issues: 30, worklogs: 100 });
    jira = await startFakeJira({ users: [SYNC], world, changeFeedDelayMs: 0 });
  });
  afterAll(async () => {
    await jira.close();
  });
  beforeEach(() => {
    jira.faults.clear();
    jira.requests.length = 0;
  });

  it('401 on every endpoint → auth, naming the instance, never showing the token', async () => {
    const client = syncClient(jira, makeHttp().http, 'revoked-token-xyz');
    const calls: Array<Promise<unknown>> = [
      client.searchIssues('worklogDate >= "2026-11-01"', null),
      collect(client.issueWorklogs(world.issues[0]?.id ?? '', 0, 1)),
      client.bulkFetchIssues(['1']),
      client.usersBulk(['a']),
      drain(client.worklogsUpdated(0)),
      drain(client.worklogsDeleted(0)),
      client.worklogsById(['1']),
      client.listProjects(),
      client.issueTypesForProject('CORE'),
    ];
    for (const call of calls) {
      const e = await rejection(call);
      expect(e).toMatchObject({ code: 'auth', status: 401 });
      expect(e.message).toContain(`'${INSTANCE}'`);
      expect(e.message).not.toContain('revoked-token-xyz');
    }
  });

  it('a 5xx on bulkfetch (a read sent as POST) is retried', async () => {
    const { http } = makeHttp();
    jira.faults.inject({ kind: 'status', status: 502 }, { match: '/rest/api/3/issue/bulkfetch' });
    const got = await syncClient(jira, http).bulkFetchIssues([world.issues[0]?.id ?? '']);
    expect(got).toHaveLength(1);
    expect(http.stats().retries).toBe(1);
  });

  it('a dropped connection on worklog/list is retried (idempotent read)', async () => {
    const { http } = makeHttp();
    jira.faults.inject('reset', { match: '/rest/api/3/worklog/list' });
    const got = await syncClient(jira, http).worklogsById([world.worklogs[0]?.id ?? '']);
    expect(got).toHaveLength(1);
  });

  it('an HTML login page instead of data → bad_response (html)', async () => {
    jira.faults.inject({ kind: 'html', status: 200 }, { match: '/rest/api/3/user/bulk' });
    const e = await rejection(syncClient(jira, makeHttp().http).usersBulk([world.users[0]?.accountId ?? '']));
    expect(e).toMatchObject({ code: 'bad_response', reason: 'html' });
  });

  it('broken JSON → bad_response (invalid_json)', async () => {
    jira.faults.inject('malformed-json', { match: '/rest/api/3/worklog/updated', times: 10 });
    const e = await rejection(drain(syncClient(jira, makeHttp().http).worklogsUpdated(0)));
    expect(e).toMatchObject({ code: 'bad_response', reason: 'invalid_json' });
  });

  it('a stalled page times out instead of hanging the sync', async () => {
    jira.faults.inject('stall', { match: (r) => r.path.endsWith('/worklog'), times: 10 });
    const { http } = makeHttp({ defaultTimeoutMs: 150, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    const e = await rejection(collect(syncClient(jira, http).issueWorklogs(world.issues[0]?.id ?? '', 0, 1)));
    expect(e).toMatchObject({ code: 'timeout' });
  });

  it('an answer in an unexpected shape → bad_response (schema), not a crash later', async () => {
    jira.faults.inject({ kind: 'status', status: 200, message: 'surprise' }, { match: '/rest/api/3/search/jql' });
    const e = await rejection(syncClient(jira, makeHttp().http).searchIssues('worklogDate >= "2026-11-01"', null));
    expect(e).toMatchObject({ code: 'bad_response', reason: 'schema' });
  });
});
