import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeWorld } from '../../fakes/world.js';
import { generateWorld } from '../../fakes/world.js';
import type { TestHttp } from './jira-test-kit.js';
import { SYNC, collect, drain, makeHttp, searchAll, syncClient } from './jira-test-kit.js';

/**
 * Every request the Jira sync client sends must exist in Atlassian's published platform spec,
 * with only parameters the spec declares (and all it requires): the client is exercised in full
 * against the fake, and what the fake recorded is checked against the spec file.
 */

interface SpecParameter {
  name: string;
  in: string;
  required?: boolean;
}
interface SpecOperation {
  parameters?: Array<SpecParameter | { $ref: string }>;
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
}
interface Spec {
  paths: Record<string, Record<string, SpecOperation>>;
  components: { schemas: Record<string, { properties?: Record<string, { type?: string; items?: { type?: string } }>; required?: string[] }>; parameters?: Record<string, SpecParameter> };
}

// The published spec, copied into test/fixtures/specs so the check runs from any clone.
const SPEC_FILE = process.env.JIRA_SPEC_FILE ?? fileURLToPath(new URL('../../fixtures/specs/jira-platform-v3.json', import.meta.url));
if (!existsSync(SPEC_FILE)) throw new Error(`Jira platform spec not found at ${SPEC_FILE}: set JIRA_SPEC_FILE to swagger-v3.v3.json`);
const spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as Spec;

/** The spec path a concrete path belongs to; literal segments beat `{params}` (issue/bulkfetch vs issue/{id}). */
function templateOf(path: string): string | undefined {
  const candidates = Object.keys(spec.paths).filter((t) => new RegExp(`^${t.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));
  return candidates.sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))[0];
}

function parametersOf(op: SpecOperation): SpecParameter[] {
  return (op.parameters ?? []).map((p) => ('$ref' in p ? (spec.components.parameters?.[p.$ref.split('/').pop() ?? ''] as SpecParameter) : p));
}

describe('the Jira sync client speaks only the published platform v3 API', () => {
  let world: FakeWorld;
  let jira: FakeJira;
  let t: TestHttp;

  beforeAll(async () => {
    world = generateWorld({ from: '2026-11-01', to: '2026-11-30', issues: 120, worklogs: 900, users: 14 });
    // Small pages, so every paging parameter is sent at least once; behind a path prefix like a proxy.
    jira = await startFakeJira({ users: [SYNC], world, pathPrefix: '/jira', changeFeedDelayMs: 0, pageLimits: { search: 30, issueWorklogs: 5, usersBulk: 5, changedWorklogs: 50, projects: 1, issueTypes: 2 } });
    t = makeHttp();
    const client = syncClient(jira, t.http);
    const { issues } = await searchAll(client, 'worklogDate >= "2026-11-01" AND worklogDate <= "2026-11-30" ORDER BY id ASC');
    const first = issues[0]?.id ?? '';
    await collect(client.issueWorklogs(first, 0, Date.parse('2100-01-01')));
    await client.bulkFetchIssues(world.issues.map((i) => i.id));
    await client.issueIdsUpdatedWithin(world.issues.map((i) => i.id), 90);
    await client.usersBulk(world.users.map((u) => u.accountId));
    await drain(client.worklogsUpdated(0));
    await drain(client.worklogsDeleted(0));
    await client.worklogsById(world.worklogs.slice(0, 20).map((w) => w.id));
    await client.listProjects();
    await client.issueTypesForProject(world.projects[0]?.key ?? '');
  });
  afterAll(async () => {
    await jira.close();
  });

  it('exercised every endpoint, without a single failed request', () => {
    const endpoints = new Set(jira.requests.map((r) => `${r.method} ${templateOf(r.path)}`));
    expect([...endpoints].sort()).toEqual(
      [
        'GET /rest/api/3/search/jql',
        'POST /rest/api/3/search/jql',
        'GET /rest/api/3/issue/{issueIdOrKey}/worklog',
        'POST /rest/api/3/issue/bulkfetch',
        'GET /rest/api/3/user/bulk',
        'GET /rest/api/3/worklog/updated',
        'GET /rest/api/3/worklog/deleted',
        'POST /rest/api/3/worklog/list',
        'GET /rest/api/3/project/search',
        'GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes',
      ].sort(),
    );
    expect(jira.requests.filter((r) => r.status !== 200)).toEqual([]);
  });

  it('each (method, path, query parameters) exists in the spec, with every required parameter', () => {
    const seen = new Map<string, Set<string>>();
    for (const r of jira.requests) {
      const template = templateOf(r.path);
      expect(template, `${r.method} ${r.path} is not in the spec`).toBeDefined();
      const op = spec.paths[template ?? '']?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${template} is not in the spec`).toBeDefined();
      const params = parametersOf(op ?? {});
      const declared = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
      const key = `${r.method} ${template}`;
      for (const name of Object.keys(r.query)) {
        expect(declared.has(name), `${key} sends undeclared query parameter '${name}'`).toBe(true);
        (seen.get(key) ?? seen.set(key, new Set()).get(key))?.add(name);
      }
      for (const p of params.filter((x) => x.required && x.in === 'query')) expect(Object.keys(r.query), `${key} misses required '${p.name}'`).toContain(p.name);
    }
    // What was sent, for the record (and so a change shows up in review).
    expect(Object.fromEntries([...seen].map(([k, v]) => [k, [...v].sort()]))).toEqual({
      'GET /rest/api/3/search/jql': ['fields', 'jql', 'maxResults', 'nextPageToken'],
      'GET /rest/api/3/issue/{issueIdOrKey}/worklog': ['maxResults', 'startAt', 'startedAfter', 'startedBefore'],
      'GET /rest/api/3/user/bulk': ['accountId', 'maxResults', 'startAt'],
      'GET /rest/api/3/worklog/updated': ['since'],
      'GET /rest/api/3/worklog/deleted': ['since'],
      'GET /rest/api/3/project/search': ['maxResults', 'startAt'],
      'GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes': ['maxResults', 'startAt'],
    });
  });

  it('each JSON body uses only properties of the spec’s request schema, with the declared types', () => {
    const posts = t.sent.filter((s) => s.method === 'POST');
    expect(posts.length).toBeGreaterThan(1);
    for (const s of posts) {
      const path = new URL(s.url).pathname.replace(/^\/jira/, '');
      const template = templateOf(path) ?? '';
      const ref = spec.paths[template]?.post?.requestBody?.content?.['application/json']?.schema?.$ref ?? '';
      const schema = spec.components.schemas[ref.split('/').pop() ?? ''];
      expect(schema, `no request schema for POST ${template}`).toBeDefined();
      const body = s.body as Record<string, unknown>;
      for (const req of schema?.required ?? []) expect(Object.keys(body)).toContain(req);
      for (const [name, value] of Object.entries(body)) {
        const prop = schema?.properties?.[name];
        expect(prop, `POST ${template} sends undeclared body property '${name}'`).toBeDefined();
        if (prop?.type === 'array') {
          expect(Array.isArray(value)).toBe(true);
          const itemType = prop.items?.type === 'integer' ? 'number' : prop.items?.type;
          for (const item of value as unknown[]) expect(typeof item, `POST ${template} ${name}[]`).toBe(itemType);
        }
      }
    }
  });
});
