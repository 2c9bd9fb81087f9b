import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach } from 'vitest';
import type { AppCore } from '../../../main/core/app-core.js';
import type { Clock } from '../../../main/core/ports.js';
import { createAppCore } from '../../../main/core/app-core.js';
import type { PackagesService } from '../../../main/core/packages/packages-service.js';
import { createPackagesService } from '../../../main/core/packages/packages-service.js';
import type { InstanceView } from '../../../shared/domain/instance.js';
import type { PackageView, TemplateInput } from '../../../shared/domain/packages.js';
import type { FakeJira, FakeJiraOptions } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import { emptyWorld } from '../../fakes/jira/jira-state.js';
import { ISSUE_TYPES } from '../../fakes/world.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { dispatchValue } from '../../helpers/dispatch-value.js';

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

export interface PackageWorldOptions {
  /** Alpha's projects instead of OPS and SUP. */
  alphaProjects?: Array<{ id: string; key: string; name: string }>;
  /** Page caps of both fakes (e.g. a small `projects` page so paging is exercised). */
  pageLimits?: FakeJiraOptions['pageLimits'];
}

/**
 * Two fake Jira sites (each its own server, projects and issues), a fresh data folder with the
 * real keychain, and an instance for each: "alpha" (OPS, SUP) and "beta" (HR).
 */
export async function startPackageWorld(options: PackageWorldOptions = {}) {
  const tokenA = `ATATT-a-${randomUUID()}`;
  const tokenB = `ATATT-b-${randomUUID()}`;
  const world = (projects: Array<{ id: string; key: string; name: string }>) => ({ ...emptyWorld(), projects, issueTypes: Object.values(ISSUE_TYPES) });
  const limits = options.pageLimits ? { pageLimits: options.pageLimits } : {};
  const alpha = await startFakeJira({ users: [{ ...LEAD, token: tokenA }], world: world(options.alphaProjects ?? [{ id: '10000', key: 'OPS', name: 'Operations' }, { id: '10001', key: 'SUP', name: 'Support' }]), ...limits });
  const beta = await startFakeJira({ users: [{ ...LEAD, token: tokenB }], world: world([{ id: '20000', key: 'HR', name: 'Human resources' }]), pathPrefix: '/jira', ...limits });
  const tmp = makeTempDir('wd-packages-');
  const core: AppCore = createAppCore({ host: 'cli', dataDir: tmp.dir, httpLimits: { jira: { requestsPerSecond: 500, maxConcurrent: 6 } }, retry: { baseDelayMs: 2, maxDelayMs: 10 } });
  const call = <T,>(channel: string, input: unknown): Promise<T> => dispatchValue<T>((c, i) => core.dispatch(c, i), channel, input);
  const a = await call<InstanceView>('instances.add', { name: 'alpha', url: alpha.url, email: LEAD.email, jiraToken: tokenA });
  const b = await call<InstanceView>('instances.add', { name: 'beta', url: beta.url, email: LEAD.email, jiraToken: tokenB });
  /** The packages service as a process with this clock would run it (the CLI, a later app start). */
  const packagesAt = (clock?: Clock): PackagesService => createPackagesService({ db: core.db, http: core.http, instances: core.services.instances, log: core.log, ...(clock ? { clock } : {}) });
  const packages = packagesAt();
  return {
    alpha,
    beta,
    tokens: { alpha: tokenA, beta: tokenB },
    core,
    dataDir: tmp.dir,
    instances: { alpha: a, beta: b },
    packages,
    packagesAt,
    /** A channel answer as the renderer gets it, through the contract's validation. */
    call,
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

/**
 * The set-up most package tests share: a fresh world per test with the Onboarding template saved,
 * closed after it. Returns a getter, since the world is made in `beforeEach`.
 */
export function usePackageWorld(options: PackageWorldOptions & { template?: TemplateInput | null } = {}): () => PackageWorld {
  let w: PackageWorld | null = null;
  beforeEach(async () => {
    w = await startPackageWorld(options);
    const template = options.template === undefined ? TEMPLATE : options.template;
    if (template) w.packages.templates.add(template);
  });
  afterEach(async () => {
    await w?.close();
    w = null;
  });
  return () => {
    if (!w) throw new Error('the package world exists only inside a test');
    return w;
  };
}

/** Each target's parent key then its children's keys (null where not created). */
export const keysOf = (p: PackageView): Array<Array<string | null>> => p.targets.map((t) => [t.parent?.key ?? null, ...t.children.map((c) => c.issue?.key ?? null)]);

/** "OPS-1 Summary" for every issue the fake site holds, in creation order. */
export const issuesOf = (jira: FakeJira): string[] => jira.state.world.issues.map((i) => `${i.key} ${i.summary}`);
