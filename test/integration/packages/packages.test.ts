import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adfFromText } from '../../../main/core/jira/jira-create.js';
import type { PackageProgress } from '../../../shared/domain/packages.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { createStore } from '../../fakes/jira/routes-create.js';
import { TEMPLATE, keysOf, startPackageWorld, usePackageWorld } from './package-world.js';

/** Issues of a fake site as `KEY type summary ^parentKey`, in creation order. */
function issuesOf(jira: FakeJira): string[] {
  const byId = new Map(jira.state.world.issues.map((i) => [i.id, i]));
  return jira.state.world.issues.map((i) => `${i.key} ${i.type.name} ${i.summary}${i.parentId ? ` ^${byId.get(i.parentId)?.key ?? '?'}` : ''}`);
}
const linksOf = (jira: FakeJira, key: string) => {
  const issue = jira.state.world.issues.find((i) => i.key === key);
  return (issue ? createStore(jira.state).remoteLinks.get(issue.id) : undefined) ?? [];
};

describe('packages on two Jira instances', () => {
  const w = usePackageWorld();

  const targets = () => [
    { instanceId: w().instances.alpha.id, projectKey: 'ops' },
    { instanceId: w().instances.beta.id, projectKey: 'HR' },
  ];

  it('creates exactly the parents and children, with parent links, ADF descriptions and cross links', async () => {
    const progress: PackageProgress[] = [];
    const p = await w().packages.create({ templateName: 'onboarding', summary: 'New hire', targets: targets() }, { onProgress: (e) => progress.push(e) });

    expect(p.status).toBe('ok');
    expect(p.errors).toEqual([]);
    expect(keysOf(p)).toEqual([
      ['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4'],
      ['HR-1', 'HR-2', 'HR-3', 'HR-4'],
    ]);
    const children = (k: string) => [`${k}-2 Story Laptop ^${k}-1`, `${k}-3 Story Badge ^${k}-1`, `${k}-4 Story Accounts "SSO" — élan ^${k}-1`];
    expect(issuesOf(w().alpha)).toEqual(['OPS-1 Epic New hire', ...children('OPS')]);
    expect(issuesOf(w().beta)).toEqual(['HR-1 Epic New hire', ...children('HR')]);

    // Descriptions went as ADF ({{summary}} filled in); labels as given, plus the package's own on every issue.
    const details = createStore(w().alpha.state).details;
    expect(details.get(w().alpha.state.world.issues[0]?.id ?? '')?.description).toEqual(adfFromText('Onboarding for New hire.\n\nAsk the team lead — “merci” 🚀'));
    expect(details.get(w().alpha.state.world.issues[1]?.id ?? '')?.description).toEqual({
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Order a laptop.' }, { type: 'hardBreak' }, { type: 'text', text: 'With a charger.' }] }],
    });
    expect(details.get(w().alpha.state.world.issues[2]?.id ?? '')?.labels).toEqual(['onboarding', 'security', `wd-${p.groupId}`]);
    expect(details.get(w().alpha.state.world.issues[3]?.id ?? '')?.description).toBeNull();

    // Each parent links to the other's, with a globalId from the group id.
    expect(linksOf(w().alpha, 'OPS-1')).toEqual([{ id: expect.any(Number), globalId: `worklog-desk:${p.groupId}:1-HR`, url: `${w().beta.url}/browse/HR-1`, title: 'HR-1 (beta)', summary: 'New hire' }]);
    expect(linksOf(w().beta, 'HR-1')).toEqual([{ id: expect.any(Number), globalId: `worklog-desk:${p.groupId}:0-OPS`, url: `${w().alpha.url}/browse/OPS-1`, title: 'OPS-1 (alpha)', summary: 'New hire' }]);
    expect(p.targets.map((t) => t.links.map((l) => l.done))).toEqual([[true], [true]]);

    // One parent create, one bulk call of three, one link per site.
    for (const jira of [w().alpha, w().beta]) {
      expect(w().writes(jira).map((r) => r.path.replace(/\d+$/, 'N').replace(/issue\/[A-Z]+-\d+/, 'issue/KEY'))).toEqual([
        '/rest/api/3/issue',
        '/rest/api/3/issue/bulk',
        '/rest/api/3/issue/KEY/remotelink',
      ]);
    }
    expect(new Set(progress.map((e) => e.phase))).toEqual(new Set(['parent', 'children', 'links', 'done']));
    expect(progress.filter((e) => e.phase === 'done').map((e) => [e.instanceName, e.created, e.total])).toEqual([
      ['alpha', 4, 4],
      ['beta', 4, 4],
    ]);

    // History and "linked issues" say the same.
    const [h] = w().packages.history();
    expect(h).toEqual(p);
    const linked = w().packages.linked(p.groupId);
    expect(linked.issues.map((i) => `${i.instanceName} ${i.role} ${i.issue.key} ${i.summary}`)).toEqual([
      'alpha parent OPS-1 New hire',
      'beta parent HR-1 New hire',
      'alpha child OPS-2 Laptop',
      'alpha child OPS-3 Badge',
      'alpha child OPS-4 Accounts "SSO" — élan',
      'beta child HR-2 Laptop',
      'beta child HR-3 Badge',
      'beta child HR-4 Accounts "SSO" — élan',
    ]);
    expect(linked.issues[1]?.issue.url).toBe(`${w().beta.url}/browse/HR-1`);
  });

  it('echoes the caller\'s request id in every progress event of a create, so a window can tell its run from others\'', async () => {
    const requestId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
    const mine: PackageProgress[] = [];
    const p = await w().packages.create({ templateName: 'onboarding', summary: 'Mine', targets: targets(), requestId }, { onProgress: (e) => mine.push(e) });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.requestId === requestId && e.groupId === p.groupId)).toBe(true);

    // Without one (the CLI), events carry none; a malformed id is refused before anything is created.
    const theirs: PackageProgress[] = [];
    await w().packages.create({ templateName: 'onboarding', summary: 'Theirs', targets: targets() }, { onProgress: (e) => theirs.push(e) });
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.some((e) => 'requestId' in e)).toBe(false);
    const before = w().alpha.state.world.issues.length;
    await expect(w().packages.create({ templateName: 'onboarding', summary: 'Bad', targets: targets(), requestId: 'not-a-uuid' })).rejects.toThrow(/request id must be a UUID/);
    expect(w().alpha.state.world.issues.length).toBe(before);
  });

  it('creates only the chosen elements of a target', async () => {
    const p = await w().packages.create({
      templateName: 'Onboarding',
      summary: 'Partial choice',
      targets: [{ instanceId: w().instances.alpha.id, projectKey: 'OPS', elements: [2, 0] }, { instanceId: w().instances.beta.id, projectKey: 'HR', elements: [1] }],
    });
    expect(p.status).toBe('ok');
    expect(issuesOf(w().alpha)).toEqual(['OPS-1 Epic Partial choice', 'OPS-2 Story Laptop ^OPS-1', 'OPS-3 Story Accounts "SSO" — élan ^OPS-1']);
    expect(issuesOf(w().beta)).toEqual(['HR-1 Epic Partial choice', 'HR-2 Story Badge ^HR-1']);
  });

  it('refuses unknown projects and issue types, reporting every problem, before creating anything', async () => {
    w().packages.templates.add({ ...TEMPLATE, name: 'Initiatives', parentIssueType: 'Initiative' });
    const refused = w().packages.create({
      templateName: 'Initiatives',
      summary: 'Never',
      targets: [{ instanceId: w().instances.alpha.id, projectKey: 'NOPE' }, { instanceId: w().instances.alpha.id, projectKey: 'OPS' }, { instanceId: w().instances.beta.id, projectKey: 'HR' }],
    });
    const e = await refused.then(
      () => null,
      (x: { code: string; message: string }) => x,
    );
    expect(e?.code).toBe('validation');
    expect(e?.message).toMatch(/^Nothing was created: 3 problems found/);
    expect(e?.message).toContain('alpha:NOPE: Project NOPE does not exist on "alpha"');
    expect(e?.message).toContain('alpha:OPS: Issue type "Initiative" (parent) cannot be created in OPS on "alpha" — available: Epic, Story, Task, Sub-task.');
    expect(e?.message).toContain('beta:HR: Issue type "Initiative" (parent)');
    expect(w().writes(w().alpha)).toEqual([]);
    expect(w().writes(w().beta)).toEqual([]);
    expect(w().packages.history()).toEqual([]);
  });

  it('reports refused credentials and an impossible hierarchy together with the other problems', async () => {
    w().packages.templates.add({ ...TEMPLATE, name: 'Flat', parentIssueType: 'Task', childIssueType: 'Story' });
    const user = w().beta.state.users[0];
    if (user) user.token = 'revoked';
    const problems = await w().packages.check({ templateName: 'Flat', summary: 'x', targets: targets() });
    expect(problems.map((p) => p.label)).toEqual(['alpha:OPS', 'beta:HR']);
    expect(problems[0]?.message).toMatch(/a "Story" cannot be a child of a "Task"/);
    expect(problems[1]?.message).toMatch(/rejected the API token for 'beta' \(401\)/);
    expect(w().writes(w().alpha)).toEqual([]);
  });

  it('refuses invalid input with plain messages', async () => {
    await expect(w().packages.create({ templateName: 'Onboarding', summary: '  ', targets: targets() })).rejects.toThrow(/Give the package a summary/);
    await expect(w().packages.create({ templateName: 'Onboarding', summary: 'x', targets: [] })).rejects.toThrow(/at least one target/);
    await expect(w().packages.create({ templateName: 'Nope', summary: 'x', targets: targets() })).rejects.toThrow(/No template called "Nope". Known templates: "Onboarding"/);
    await expect(w().packages.create({ templateName: 'Onboarding', summary: 'x', targets: [{ instanceId: w().instances.alpha.id, projectKey: 'OPS', elements: [7] }] })).rejects.toThrow(
      /chooses element 8, but template "Onboarding" has only 3/,
    );
  });

  it('refuses a template name that differs only in the case of accented letters', () => {
    w().packages.templates.add({ ...TEMPLATE, name: 'Café “Zoë” — día 1' });
    expect(() => w().packages.templates.add({ ...TEMPLATE, name: 'CAFÉ “ZOË” — DÍA 1' })).toThrow(/already a template called "Café “Zoë” — día 1"/);
    expect(w().packages.templates.byName('café “zoë” — día 1').name).toBe('Café “Zoë” — día 1');
  });

  it('leaves an exact partial result when a bulk create fails after the parent, and retry completes it without duplicates', async () => {
    w().beta.faults.inject({ kind: 'status', status: 500 }, { match: '/rest/api/3/issue/bulk' });
    const first = await w().packages.create({ templateName: 'Onboarding', summary: 'Retry me', targets: targets() });
    expect(first.status).toBe('partial');
    expect(first.targets.map((t) => t.status)).toEqual(['ok', 'partial']);
    expect(keysOf(first)).toEqual([
      ['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4'],
      ['HR-1', null, null, null],
    ]);
    expect(first.errors).toHaveLength(1);
    expect(first.errors[0]).toMatch(/^beta:HR: 3 child issues were not created: Jira had a server problem for 'beta' \(500\)/);
    expect(w().packages.history()[0]?.status).toBe('partial');
    expect(issuesOf(w().beta)).toEqual(['HR-1 Epic Retry me']);

    const alphaWrites = w().writes(w().alpha).length;
    const second = await w().packages.retry(first.groupId);
    expect(second.status).toBe('ok');
    expect(second.errors).toEqual([]);
    expect(keysOf(second)).toEqual([
      ['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4'],
      ['HR-1', 'HR-2', 'HR-3', 'HR-4'],
    ]);
    expect(issuesOf(w().beta)).toEqual(['HR-1 Epic Retry me', 'HR-2 Story Laptop ^HR-1', 'HR-3 Story Badge ^HR-1', 'HR-4 Story Accounts "SSO" — élan ^HR-1']);
    expect(w().alpha.state.world.issues).toHaveLength(4);
    expect(w().writes(w().alpha).length).toBe(alphaWrites);
    expect(linksOf(w().alpha, 'OPS-1')).toHaveLength(1);
    expect(linksOf(w().beta, 'HR-1')).toHaveLength(1);

    // A third retry has nothing left to do.
    const before = w().beta.requests.length + w().alpha.requests.length;
    expect((await w().packages.retry(first.groupId)).status).toBe('ok');
    expect(w().beta.requests.length + w().alpha.requests.length).toBe(before);
  });

  it('records per-element refusals of a bulk create and retries only those elements', async () => {
    const store = createStore(w().alpha.state);
    store.refuse = ({ summary }) => (summary === 'Badge' ? 'A badge issue already exists.' : null);
    const first = await w().packages.create({ templateName: 'Onboarding', summary: 'Elements', targets: targets() });
    expect(first.status).toBe('partial');
    expect(keysOf(first)[0]).toEqual(['OPS-1', 'OPS-2', null, 'OPS-3']);
    expect(first.targets[0]?.errors).toEqual([{ element: 1, message: 'Jira refused it: summary: A badge issue already exists.' }]);
    expect(first.errors).toEqual(['alpha:OPS: "Badge": Jira refused it: summary: A badge issue already exists.']);

    store.refuse = null;
    const second = await w().packages.retry(first.groupId);
    expect(second.status).toBe('ok');
    expect(keysOf(second)[0]).toEqual(['OPS-1', 'OPS-2', 'OPS-4', 'OPS-3']);
    expect(issuesOf(w().alpha).filter((l) => l.includes('Badge'))).toEqual(['OPS-4 Story Badge ^OPS-1']);
  });

  it('retries a link that failed, with the same globalId, and never duplicates it', async () => {
    w().alpha.faults.inject({ kind: 'status', status: 502 }, { match: (r) => r.path.endsWith('/remotelink') });
    const first = await w().packages.create({ templateName: 'Onboarding', summary: 'Links', targets: targets() });
    expect(first.status).toBe('partial');
    expect(first.targets.map((t) => t.links.map((l) => l.done))).toEqual([[false], [true]]);
    const second = await w().packages.retry(first.groupId);
    expect(second.status).toBe('ok');
    expect(linksOf(w().alpha, 'OPS-1').map((l) => l.globalId)).toEqual([`worklog-desk:${first.groupId}:1-HR`]);
  });

  it('keeps summaries with quotes, dashes, accents and emoji intact', async () => {
    const summary = `Zoë's "big" day — naïve – façade ‘x’ 🚀 <b>&amp;</b>`;
    const p = await w().packages.create({ templateName: 'Onboarding', summary, targets: targets() });
    expect(p.summary).toBe(summary);
    expect(w().alpha.state.world.issues[0]?.summary).toBe(summary);
    expect(w().beta.state.world.issues[0]?.summary).toBe(summary);
    expect(createStore(w().beta.state).details.get(w().beta.state.world.issues[0]?.id ?? '')?.description).toEqual(adfFromText(`Onboarding for ${summary}.\n\nAsk the team lead — “merci” 🚀`));
    expect(w().packages.history()[0]?.summary).toBe(summary);
    expect(w().packages.linked(p.groupId).summary).toBe(summary);
  });

  it('creates more than 50 children in calls of at most 50', async () => {
    const elements = Array.from({ length: 120 }, (_, i) => ({ name: `Step ${i + 1}` }));
    w().packages.templates.add({ ...TEMPLATE, name: 'Big', elements });
    const p = await w().packages.create({ templateName: 'Big', summary: 'Big one', targets: [{ instanceId: w().instances.alpha.id, projectKey: 'SUP' }] });
    expect(p.status).toBe('ok');
    expect(p.targets[0]?.children.map((c) => c.issue?.key)).toEqual(elements.map((_, i) => `SUP-${i + 2}`));
    const bulkBodies = w().alpha.requests.filter((r) => r.path === '/rest/api/3/issue/bulk');
    expect(bulkBodies).toHaveLength(3);
  });
});

// --- Every request exists in the published spec, with declared parameters and body properties. ---

interface SpecParameter {
  name: string;
  in: string;
  required?: boolean;
}
interface Spec {
  paths: Record<string, Record<string, { parameters?: SpecParameter[]; requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[]; additionalProperties?: unknown }> };
}
const spec = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/specs/jira-platform-v3.json', import.meta.url)), 'utf8')) as Spec;
const templateOf = (path: string): string | undefined =>
  Object.keys(spec.paths)
    .filter((t) => new RegExp(`^${t.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path))
    .sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))[0];

describe('package creation speaks only the published platform v3 API', () => {
  it('sends only spec paths, declared query parameters and declared body properties', async () => {
    const w = await startPackageWorld();
    try {
      const sent: Array<{ method: string; url: string; body: unknown }> = [];
      const origFetch = globalThis.fetch;
      globalThis.fetch = (input, init) => {
        sent.push({ method: init?.method ?? 'GET', url: String(input), body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined });
        return origFetch(input, init);
      };
      try {
        w.packages.templates.add(TEMPLATE);
        await w.packages.create({ templateName: 'Onboarding', summary: 'Spec', targets: [{ instanceId: w.instances.alpha.id, projectKey: 'OPS' }, { instanceId: w.instances.beta.id, projectKey: 'HR' }] });
      } finally {
        globalThis.fetch = origFetch;
      }
      const requests = [...w.alpha.requests, ...w.beta.requests];
      const endpoints = new Set(requests.map((r) => `${r.method} ${templateOf(r.path)}`));
      expect([...endpoints].sort()).toEqual(
        [
          'GET /rest/api/3/myself',
          'GET /rest/api/3/project/{projectIdOrKey}',
          'GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes',
          'POST /rest/api/3/issue',
          'POST /rest/api/3/issue/bulk',
          'POST /rest/api/3/issue/{issueIdOrKey}/remotelink',
        ].sort(),
      );
      for (const r of requests) {
        const op = spec.paths[templateOf(r.path) ?? '']?.[r.method.toLowerCase()];
        expect(op, `${r.method} ${r.path}`).toBeDefined();
        const declared = new Set((op?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
        for (const name of Object.keys(r.query)) expect(declared.has(name), `${r.method} ${r.path} ?${name}`).toBe(true);
      }
      const posts = sent.filter((s) => s.method === 'POST' && !s.url.includes('/rest/api/3/myself'));
      expect(posts.length).toBeGreaterThan(0);
      for (const s of posts) {
        const template = templateOf(new URL(s.url).pathname.replace(/^\/jira/, '')) ?? '';
        const ref = spec.paths[template]?.post?.requestBody?.content?.['application/json']?.schema?.$ref ?? '';
        const schema = spec.components.schemas[ref.split('/').pop() ?? ''];
        expect(schema, template).toBeDefined();
        for (const name of Object.keys(s.body as object)) expect(schema?.properties?.[name], `${template} body.${name}`).toBeDefined();
      }
      expect(requests.filter((r) => (r.status ?? 0) >= 400)).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
