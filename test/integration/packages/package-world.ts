import { randomUUID } from 'node:crypto';
import type { AppCore } from '../../../main/core/app-core.js';
import { createAppCore } from '../../../main/core/app-core.js';
import type { PackagesService } from '../../../main/core/packages/packages-service.js';
import { createPackagesService } from '../../../main/core/packages/packages-service.js';
import type { InstanceView } from '../../../shared/domain/instance.js';
import type { TemplateInput } from '../../../shared/domain/packages.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import { emptyWorld } from '../../fakes/jira/jira-state.js';
import { ISSUE_TYPES } from '../../fakes/world.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

export const LEAD = { accountId: 'acc-lead', displayName: 'Team Lead', email: 'lead@example.com' };

export const TEMPLATE: TemplateInput = {
  name: 'Onboarding',
  parentIssueType: 'Epic',
  childIssueType: 'Story',
  parentDescription: 'Onboarding for {{summary}}.\n\nAsk the team lead — “merci” 🚀',
  elements: [
    { name: 'Laptop', description: 'Order a laptop.\nWith a charger.' },
    { name: 'Badge', labels: ['onboarding', 'security'] },
    { name: 'Accounts "SSO" — élan' },
  ],
};

/**
 * Two fake Jira sites (each its own server, projects and issues), a fresh data folder with the
 * real keychain, and an instance for each: "alpha" (OPS, SUP) and "beta" (HR).
 */
export async function startPackageWorld() {
  const tokenA = `ATATT-a-${randomUUID()}`;
  const tokenB = `ATATT-b-${randomUUID()}`;
  const world = (projects: Array<{ id: string; key: string; name: string }>) => ({ ...emptyWorld(), projects, issueTypes: Object.values(ISSUE_TYPES) });
  const alpha = await startFakeJira({ users: [{ ...LEAD, token: tokenA }], world: world([{ id: '10000', key: 'OPS', name: 'Operations' }, { id: '10001', key: 'SUP', name: 'Support' }]) });
  const beta = await startFakeJira({ users: [{ ...LEAD, token: tokenB }], world: world([{ id: '20000', key: 'HR', name: 'Human resources' }]), pathPrefix: '/jira' });
  const tmp = makeTempDir('wd-packages-');
  const core: AppCore = createAppCore({ host: 'cli', dataDir: tmp.dir, httpLimits: { jira: { requestsPerSecond: 500, maxConcurrent: 6 } }, retry: { baseDelayMs: 2, maxDelayMs: 10 } });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value as T;
  };
  const a = await call<InstanceView>('instances.add', { name: 'alpha', url: alpha.url, email: LEAD.email, jiraToken: tokenA });
  const b = await call<InstanceView>('instances.add', { name: 'beta', url: beta.url, email: LEAD.email, jiraToken: tokenB });
  const packages: PackagesService = createPackagesService({ db: core.db, http: core.http, instances: core.services.instances, log: core.log });
  return {
    alpha,
    beta,
    tokens: { alpha: tokenA, beta: tokenB },
    core,
    dataDir: tmp.dir,
    instances: { alpha: a, beta: b },
    packages,
    /** Requests that wrote something (POSTs other than the credential check). */
    writes: (jira: FakeJira) => jira.requests.filter((r) => r.method === 'POST'),
    async close() {
      core.close();
      await Promise.all([alpha.close(), beta.close()]);
      tmp.cleanup();
    },
  };
}

export type PackageWorld = Awaited<ReturnType<typeof startPackageWorld>>;
