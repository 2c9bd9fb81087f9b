import { describe, expect, it } from 'vitest';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { createStore } from '../../fakes/jira/routes-create.js';
import { keysOf, usePackageWorld } from './package-world.js';

/**
 * When Jira creates issues but its answer never arrives (a reset or timeout after it acted), the
 * package cannot know the keys. A retry must find and adopt those issues instead of creating them
 * a second time.
 */
const summariesOf = (jira: FakeJira): string[] => jira.state.world.issues.map((i) => i.summary);
const creates = (jira: FakeJira) => jira.requests.filter((r) => r.method === 'POST' && /\/rest\/api\/3\/issue(\/bulk)?$/.test(r.path)).map((r) => r.path.replace(/.*\/issue/, 'issue'));

describe('package retry after a lost answer', () => {
  const w = usePackageWorld();
  const alphaOnly = () => [{ instanceId: w().instances.alpha.id, projectKey: 'OPS' }];

  it('adopts a parent Jira created although its answer was lost, then creates only the children', async () => {
    const store = createStore(w().alpha.state);
    store.loseAnswer = (summaries) => summaries.includes('Lost parent');
    const first = await w().packages.create({ templateName: 'Onboarding', summary: 'Lost parent', targets: alphaOnly() });
    expect(first.status).toBe('failed');
    expect(first.targets[0]?.parent).toBeNull();
    expect(first.errors.join(' ')).toMatch(/parent issue was not created/);
    // Jira has it all the same.
    expect(summariesOf(w().alpha)).toEqual(['Lost parent']);

    store.loseAnswer = null;
    const second = await w().packages.retry(first.groupId);
    expect(second.status).toBe('ok');
    expect(keysOf(second)).toEqual([['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4']]);
    expect(summariesOf(w().alpha)).toEqual(['Lost parent', 'Laptop', 'Badge', 'Accounts "SSO" — élan']);
    // One parent create in all (the lost one), then the children's bulk call.
    expect(creates(w().alpha)).toEqual(['issue', 'issue/bulk']);
  });

  it('adopts children of a bulk call whose answer was lost, creating nothing again', async () => {
    const store = createStore(w().alpha.state);
    store.loseAnswer = (summaries) => summaries.includes('Laptop');
    const first = await w().packages.create({ templateName: 'Onboarding', summary: 'Lost children', targets: alphaOnly() });
    expect(first.status).toBe('partial');
    expect(keysOf(first)).toEqual([['OPS-1', null, null, null]]);
    expect(w().alpha.state.world.issues).toHaveLength(4);

    store.loseAnswer = null;
    const second = await w().packages.retry(first.groupId);
    expect(second.status).toBe('ok');
    expect(keysOf(second)).toEqual([['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4']]);
    expect(second.targets[0]?.children.map((c) => c.name)).toEqual(['Laptop', 'Badge', 'Accounts "SSO" — élan']);
    expect(w().alpha.state.world.issues).toHaveLength(4);
    expect(creates(w().alpha)).toEqual(['issue', 'issue/bulk']);
  });

  it('never adopts an issue another package owns, even with the same summary', async () => {
    const done = await w().packages.create({ templateName: 'Onboarding', summary: 'Same name', targets: alphaOnly() });
    expect(done.status).toBe('ok');
    const store = createStore(w().alpha.state);
    store.loseAnswer = (summaries) => summaries.includes('Same name');
    const lost = await w().packages.create({ templateName: 'Onboarding', summary: 'Same name', targets: alphaOnly() });
    expect(lost.status).toBe('failed');

    store.loseAnswer = null;
    const retried = await w().packages.retry(lost.groupId);
    expect(retried.status).toBe('ok');
    // The first package keeps OPS-1..4; the retried one adopts its own parent OPS-5, not OPS-1.
    expect(keysOf(done)).toEqual([['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4']]);
    expect(keysOf(retried)).toEqual([['OPS-5', 'OPS-6', 'OPS-7', 'OPS-8']]);
    expect(w().alpha.state.world.issues).toHaveLength(8);
  });

  it('creates nothing when it cannot check what the earlier attempt made', async () => {
    const store = createStore(w().alpha.state);
    store.loseAnswer = (summaries) => summaries.includes('Unsure');
    const first = await w().packages.create({ templateName: 'Onboarding', summary: 'Unsure', targets: alphaOnly() });
    store.loseAnswer = null;
    w().alpha.faults.inject({ kind: 'status', status: 503 }, { match: '/rest/api/3/search/jql', times: 100 });
    const second = await w().packages.retry(first.groupId);
    expect(second.status).toBe('failed');
    expect(second.errors.join(' ')).toMatch(/Could not check what the earlier attempt created, so nothing was created again/);
    expect(summariesOf(w().alpha)).toEqual(['Unsure']);
    expect(creates(w().alpha)).toEqual(['issue']);
  });
});
