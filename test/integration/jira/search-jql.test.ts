import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jiraSearchWindow } from '../../../main/core/sync/jira-sync.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeWorld } from '../../fakes/world.js';
import { ISSUE_TYPES, generateWorld } from '../../fakes/world.js';
import { INSTANCE, SYNC, expectedSearchIds, makeHttp, raw, rejection, searchAll, syncClient } from './jira-test-kit.js';

const FROM = '2026-11-01';
const TO = '2026-11-30';
const jql = (from: string, to: string): string => `worklogDate >= "${from}" AND worklogDate <= "${to}" ORDER BY id ASC`;

describe('Jira sync client: search/jql', () => {
  let world: FakeWorld;
  let jira: FakeJira;

  beforeAll(async () => {
    world = generateWorld({ from: FROM, to: TO, issues: 400, worklogs: 3000, users: 12 });
    jira = await startFakeJira({ users: [SYNC], world, pathPrefix: '/jira', pageLimits: { search: 40, shortPageEvery: 2 } });
  });
  afterAll(async () => {
    await jira.close();
  });
  beforeEach(() => {
    jira.faults.clear();
    jira.requests.length = 0;
  });

  it('pages across short pages until isLast and yields every matching issue exactly once', async () => {
    const client = syncClient(jira, makeHttp().http);
    const { from, to } = { from: '2026-11-05', to: '2026-11-12' };
    const { pages, issues } = await searchAll(client, jql(from, to));
    const ids = issues.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expectedSearchIds(world, from, to));
    expect(pages.length).toBeGreaterThan(3);
    // The fake did cut pages short while more followed: a client stopping there would have lost issues.
    expect(pages.some((p) => p.items.length < 40 && p.next !== null)).toBe(true);
    expect(pages.at(-1)?.next).toBeNull();
    // The client asks for 100 per page and the fields it maps, and sends the token back untouched.
    const sent = jira.requests.filter((r) => r.path === '/rest/api/3/search/jql');
    expect(sent[0]?.query).toEqual({ jql: jql(from, to), maxResults: '100', fields: 'summary,issuetype,parent,project,worklog' });
    expect(sent.slice(1).every((r) => typeof r.query.nextPageToken === 'string')).toBe(true);
  });

  it('maps issues: type, hierarchy level, parent, project', async () => {
    const client = syncClient(jira, makeHttp().http);
    const { issues } = await searchAll(client, jql(FROM, TO));
    expect(issues.length).toBeGreaterThan(100);
    for (const got of issues) {
      const src = world.issues.find((i) => i.id === got.id);
      const project = world.projects.find((p) => p.id === src?.projectId);
      expect(got).toMatchObject({
        key: src?.key,
        summary: src?.summary,
        typeName: src?.type.name,
        hierarchyLevel: src?.type.hierarchyLevel,
        parentId: src?.parentId ?? null,
        projectKey: project?.key,
        projectName: project?.name,
      });
    }
    const subtask = issues.find((i) => i.hierarchyLevel === -1);
    expect(subtask?.typeName).toBe(ISSUE_TYPES.subtask.name);
    expect(subtask?.parentId).not.toBeNull();
  });

  it('embeds at most 20 worklogs with the total: complete up to 20, partial beyond', async () => {
    const client = syncClient(jira, makeHttp().http);
    const { issues } = await searchAll(client, jql(FROM, TO));
    const busy = issues.filter((i) => (i.worklog?.total ?? 0) > 20);
    const quiet = issues.filter((i) => (i.worklog?.total ?? 0) <= 20);
    expect(busy.length).toBeGreaterThan(0);
    expect(quiet.length).toBeGreaterThan(0);
    for (const issue of busy) {
      const all = world.worklogs.filter((w) => w.issueId === issue.id).sort((a, b) => Number(a.id) - Number(b.id));
      expect(issue.worklog?.total).toBe(all.length);
      expect(issue.worklog?.worklogs.map((w) => w.id)).toEqual(all.slice(0, 20).map((w) => w.id));
    }
    for (const issue of quiet) expect(issue.worklog?.worklogs.length).toBe(issue.worklog?.total);
  });

  it('judges worklogDate in the reader’s zone (Berlin), not the author’s: the engine widens the range', async () => {
    const w = world.worklogs.find((x) => x.started.endsWith('+0530') && x.started.slice(11, 13) < '05');
    expect(w).toBeDefined();
    if (!w) return;
    const local = w.started.slice(0, 10);
    const lone = { ...world, worklogs: [w] };
    const small = await startFakeJira({ users: [SYNC], world: lone });
    try {
      const client = syncClient(small, makeHttp().http);
      // Logged early on `local` in Kolkata (near-midnight case): still the day before for a reader in Berlin.
      expect((await searchAll(client, jql(local, local))).issues).toEqual([]);
      const { issues } = await searchAll(client, jiraSearchWindow(local, local).jql);
      expect(issues.map((i) => i.id)).toEqual([w.issueId]);
    } finally {
      await small.close();
    }
  });

  it('honours fields: id and key always, only the fields named, id only by default', async () => {
    const q = encodeURIComponent(jql(FROM, TO));
    const only = await raw(jira, `/rest/api/3/search/jql?jql=${q}&maxResults=3&fields=summary`);
    expect(only.status).toBe(200);
    const issues = (only.body as { issues: Array<Record<string, unknown>> }).issues;
    expect(issues).toHaveLength(3);
    for (const i of issues) {
      expect(i).toMatchObject({ id: expect.any(String), key: expect.any(String) });
      expect(Object.keys(i.fields as object)).toEqual(['summary']);
    }
    const none = await raw(jira, `/rest/api/3/search/jql?jql=${q}&maxResults=3`);
    for (const i of (none.body as { issues: Array<Record<string, unknown>> }).issues) expect(i.fields).toBeUndefined();
    const excluded = await raw(jira, `/rest/api/3/search/jql?jql=${q}&maxResults=3&fields=*all,-worklog`);
    for (const i of (excluded.body as { issues: Array<{ fields: object }> }).issues) expect(Object.keys(i.fields)).not.toContain('worklog');
    // Id-only pages are not cut to the field-heavy page size.
    const ids = await raw(jira, `/rest/api/3/search/jql?jql=${q}&maxResults=200&fields=id`);
    expect((ids.body as { issues: unknown[] }).issues.length).toBeGreaterThan(40);
  });

  it('an unbounded JQL is refused with Jira’s own words', async () => {
    const client = syncClient(jira, makeHttp().http);
    const e = await rejection(client.searchIssues('ORDER BY id ASC', null));
    expect(e).toMatchObject({ code: 'validation', status: 400 });
    expect(e.message).toContain(`'${INSTANCE}'`);
    expect(e.message).toContain('Unbounded JQL queries are not allowed here');
    const bad = await rejection(client.searchIssues('worklogDate >= "last tuesday"', null));
    expect(bad.message).toContain("Date value 'last tuesday' for field 'worklogDate' is invalid");
  });

  it('honours a 429 Retry-After on search: the page still arrives, after the pause', async () => {
    const { http } = makeHttp();
    const client = syncClient(jira, http);
    jira.faults.inject({ kind: 'rate-limit', retryAfter: 1 }, { match: '/rest/api/3/search/jql' });
    const page = await client.searchIssues(jql(FROM, TO), null);
    expect(page.items.length).toBeGreaterThan(0);
    const [limited, served] = jira.requests;
    expect(limited?.status).toBe(429);
    expect(served?.status).toBe(200);
    expect((served?.at ?? 0) - (limited?.respondedAt ?? 0)).toBeGreaterThanOrEqual(950);
    expect(http.stats()).toMatchObject({ retries: 1 });
    expect(http.stats().pausedMs).toBeGreaterThanOrEqual(950);
  });

  it('a 401 surfaces as an auth error naming the instance', async () => {
    const client = syncClient(jira, makeHttp().http, 'expired-token');
    const e = await rejection(client.searchIssues(jql(FROM, TO), null));
    expect(e).toMatchObject({ code: 'auth', status: 401 });
    expect(e.message).toContain(`'${INSTANCE}'`);
    expect(e.message).not.toContain('expired-token');
  });

  it('serves a large world quickly (2,000 issues, 10,000 worklogs)', async () => {
    const big = generateWorld({ from: FROM, to: TO, issues: 2000, worklogs: 10_000, users: 40, seed: 7 });
    const fake = await startFakeJira({ users: [SYNC], world: big });
    try {
      const client = syncClient(fake, makeHttp().http);
      const started = Date.now();
      const { issues, pages } = await searchAll(client, jql(FROM, TO));
      const ms = Date.now() - started;
      expect(issues.map((i) => i.id)).toEqual(expectedSearchIds(big, FROM, TO));
      // Generous bound: about 2 s on a slow CI machine; an index rebuilt badly takes far longer.
      expect(ms, `${pages.length} pages took ${ms} ms`).toBeLessThan(10_000);
    } finally {
      await fake.close();
    }
  });
});
