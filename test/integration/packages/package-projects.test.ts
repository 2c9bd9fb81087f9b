import { describe, expect, it } from 'vitest';
import type { PackageProject } from '../../../shared/domain/packages.js';
import { usePackageWorld } from './package-world.js';

// Seven projects on alpha, out of key order and with accents/emoji, read two at a time: four pages.
const ALPHA = [
  { id: '10006', key: 'ZED', name: 'Zoë’s team 🚀' },
  { id: '10000', key: 'OPS', name: 'Operations' },
  { id: '10001', key: 'SUP', name: 'Support' },
  { id: '10002', key: 'ACC', name: 'Accounting — Ångström' },
  { id: '10003', key: 'HRX', name: 'Human resources' },
  { id: '10004', key: 'MKT', name: 'Marketing' },
  { id: '10005', key: 'DEV', name: 'Développement' },
];

describe('packages.projects: the projects a target can be picked from', () => {
  const world = usePackageWorld({ alphaProjects: ALPHA, pageLimits: { projects: 2 }, template: null });

  it('lists every page of the instance’s project search, ordered by key, names intact', async () => {
    const w = world();
    const projects = await w.call<PackageProject[]>('packages.projects', { instanceId: w.instances.alpha.id });
    expect(projects).toEqual([
      { key: 'ACC', name: 'Accounting — Ångström' },
      { key: 'DEV', name: 'Développement' },
      { key: 'HRX', name: 'Human resources' },
      { key: 'MKT', name: 'Marketing' },
      { key: 'OPS', name: 'Operations' },
      { key: 'SUP', name: 'Support' },
      { key: 'ZED', name: 'Zoë’s team 🚀' },
    ]);
    // Paged by startAt as the fake (like Jira) caps each page at 2: four requests, then isLast.
    const pages = w.alpha.requests.filter((r) => r.path === '/rest/api/3/project/search');
    expect(pages.map((r) => r.query.startAt)).toEqual(['0', '2', '4', '6']);
    expect(pages.every((r) => r.status === 200)).toBe(true);
  });

  it('asks only the chosen instance (beta sits behind a path prefix)', async () => {
    const w = world();
    expect(await w.call<PackageProject[]>('packages.projects', { instanceId: w.instances.beta.id })).toEqual([{ key: 'HR', name: 'Human resources' }]);
    expect(w.alpha.requests.filter((r) => r.path.includes('project'))).toEqual([]);
  });

  it('says in plain words when the instance is gone or Jira refuses the token', async () => {
    const w = world();
    await expect(w.call('packages.projects', { instanceId: 'no-such-instance' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(w.call('packages.projects', {})).rejects.toMatchObject({ code: 'validation' });
    for (const u of w.alpha.state.users) u.token = 'revoked';
    const refused = w.call('packages.projects', { instanceId: w.instances.alpha.id });
    await expect(refused).rejects.toMatchObject({ code: 'auth' });
    await expect(refused).rejects.toThrow(/alpha/);
  });
});
