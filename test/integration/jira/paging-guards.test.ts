import { describe, expect, it } from 'vitest';
import type { JiraApi } from '../../../main/core/jira/jira-api.js';
import type { JiraCall } from '../../../main/core/jira/jira-call.js';
import { issueWorklogs } from '../../../main/core/jira/jira-issue-worklogs.js';
import { searchJql } from '../../../main/core/jira/jira-search.js';
import { usersBulk } from '../../../main/core/jira/jira-users-bulk.js';
import { worklogChanges } from '../../../main/core/jira/jira-worklog-changes.js';
import { collect, drain, rejection } from './jira-test-kit.js';

/**
 * Servers that misbehave in ways the fake never does: the paging loops must still end. The
 * endpoint functions run over a scripted `JiraCall` that validates answers with the real schemas.
 */
function scripted(answers: unknown[]): { api: JiraApi; asked: Array<{ path: string; query: unknown }> } {
  const asked: Array<{ path: string; query: unknown }> = [];
  const call: JiraCall = async (req) => {
    asked.push({ path: req.path, query: req.query });
    const next = answers.length > 1 ? answers.shift() : answers[0];
    return req.schema.parse(next);
  };
  return { api: { name: 'Scripted', call }, asked };
}

const worklog = (id: number) => ({ id: String(id), issueId: '1', author: { accountId: 'a' }, started: '2026-11-03T10:00:00.000+0000', timeSpentSeconds: 60 });

describe('Jira paging guards', () => {
  it('issue worklogs: an empty page ends the listing even when total promises more', async () => {
    const { api, asked } = scripted([{ startAt: 0, total: 50, worklogs: [worklog(1), worklog(2)] }, { startAt: 2, total: 50, worklogs: [] }]);
    const { all } = await collect(issueWorklogs(api, '1', 0, 1));
    expect(all.map((w) => w.id)).toEqual(['1', '2']);
    expect(asked).toHaveLength(2);
  });

  it('search: a token handed back unchanged is an error, not an endless loop', async () => {
    const { api } = scripted([{ issues: [], nextPageToken: 'same', isLast: false }]);
    const e = await rejection(searchJql(api, 'project = X', 'same'));
    expect(e).toMatchObject({ code: 'bad_response' });
    expect(e.message).toContain("'Scripted'");
  });

  it('search: isLast wins over a token; a missing token ends it too', async () => {
    expect((await searchJql(scripted([{ issues: [], nextPageToken: 't', isLast: true }]).api, 'project = X', null)).next).toBeNull();
    expect((await searchJql(scripted([{ issues: [], isLast: false }]).api, 'project = X', null)).next).toBeNull();
    expect((await searchJql(scripted([{ issues: [], nextPageToken: 't' }]).api, 'project = X', null)).next).toBe('t');
  });

  it('change feeds: a nextPage that does not move forward is an error', async () => {
    const { api } = scripted([{ values: [], since: 5, until: 5, lastPage: false, nextPage: 'https://elsewhere.example/rest/api/3/worklog/updated?since=5' }]);
    const e = await rejection(drain(worklogChanges(api, 'updated', 5)));
    expect(e).toMatchObject({ code: 'bad_response' });
  });

  it('change feeds: the nextPage host is not followed, only its since', async () => {
    const { api, asked } = scripted([
      { values: [{ worklogId: 7, updatedTime: 10 }], since: 10, until: 10, lastPage: false, nextPage: 'https://canonical.example/rest/api/3/worklog/updated?since=10' },
      { values: [{ worklogId: 8, updatedTime: 20 }], since: 20, until: 20, lastPage: true },
    ]);
    const pages = await drain(worklogChanges(api, 'updated', 0));
    expect(pages).toEqual([
      { ids: ['7'], until: 10 },
      { ids: ['8'], until: 20 },
    ]);
    expect(asked).toEqual([
      { path: '/rest/api/3/worklog/updated', query: { since: 0 } },
      { path: '/rest/api/3/worklog/updated', query: { since: 10 } },
    ]);
  });

  it('user/bulk: a server that never says isLast stops once every account arrived', async () => {
    const user = (n: number) => ({ accountId: `a${n}`, displayName: `User ${n}`, emailAddress: n === 1 ? '  ' : `u${n}@example.com` });
    const { api, asked } = scripted([{ values: [user(1), user(2)] }, { values: [user(3)] }]);
    const got = await usersBulk(api, ['a1', 'a2', 'a3']);
    expect(got.map((u) => u.accountId)).toEqual(['a1', 'a2', 'a3']);
    expect(got[0]?.email).toBeNull();
    expect(asked).toHaveLength(2);
  });
});
