import type { InstanceView } from '../../../shared/domain/instance.js';
import type { PackageCreateInput, PackageView, TemplateInput, TemplateView } from '../../../shared/domain/packages.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import { emptyWorld } from '../../fakes/jira/jira-state.js';
import { ISSUE_TYPES } from '../../fakes/world.js';
import type { StartedApp } from './start-app.js';
import { JIRA_USER } from './start-app.js';

/** Names that must survive every layer untouched: quotes, dashes, accents, emoji. */
export const TEMPLATE: TemplateInput = {
  name: 'Onboarding “Zoë” — café 🚀',
  parentIssueType: 'Epic',
  childIssueType: 'Story',
  parentDescription: 'Everything for {{summary}}.\nAsk the lead — “merci” 🙏',
  elements: [
    { name: 'Laptop "Pro" — 16″ 💻', description: 'Order it.\nWith a charger.' },
    { name: 'Badge', labels: ['onboarding', 'security'] },
    { name: 'Accès réseau – VPN' },
  ],
};

export interface PackageWorld {
  /** "alpha": projects OPS and SUP. */
  alpha: FakeJira;
  /** "beta", behind /jira: project HR. */
  beta: FakeJira;
  instances: { alpha: InstanceView; beta: InstanceView };
  addTemplate(t?: TemplateInput): Promise<TemplateView>;
  createPackage(input: PackageCreateInput): Promise<PackageView>;
  /** Issues of a fake site as `KEY Type summary ^parentKey`, in creation order. */
  issuesOf(jira: FakeJira): string[];
  /** Every request of both sites waits this long (so progress can be watched). */
  slowDown(ms: number): void;
  close(): Promise<void>;
}

async function value<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Two fake Jira sites, each its own server with projects and issue types, both added to the app over its HTTP API. */
export async function startPackageWorld(app: StartedApp): Promise<PackageWorld> {
  const world = (projects: Array<{ id: string; key: string; name: string }>) => ({ ...emptyWorld(), projects, issueTypes: Object.values(ISSUE_TYPES) });
  const alpha = await startFakeJira({ users: [JIRA_USER], world: world([{ id: '10000', key: 'OPS', name: 'Operations' }, { id: '10001', key: 'SUP', name: 'Support' }]) });
  const beta = await startFakeJira({ users: [JIRA_USER], world: world([{ id: '20000', key: 'HR', name: 'Human resources' }]), pathPrefix: '/jira' });
  const add = (name: string, url: string) => value(app.rpc<InstanceView>('instances.add', { name, url, email: JIRA_USER.email, jiraToken: JIRA_USER.token }));
  const instances = { alpha: await add('alpha', alpha.url), beta: await add('beta', beta.url) };
  return {
    alpha,
    beta,
    instances,
    addTemplate: (t = TEMPLATE) => value(app.rpc<TemplateView>('templates.add', t)),
    createPackage: (input) => value(app.rpc<PackageView>('packages.create', input)),
    issuesOf(jira) {
      const byId = new Map(jira.state.world.issues.map((i) => [i.id, i]));
      return jira.state.world.issues.map((i) => `${i.key} ${i.type.name} ${i.summary}${i.parentId ? ` ^${byId.get(i.parentId)?.key ?? '?'}` : ''}`);
    },
    slowDown(ms) {
      for (const s of [alpha, beta]) s.faults.inject({ kind: 'delay', ms }, { times: Infinity });
    },
    async close() {
      await Promise.all([alpha.close(), beta.close()]);
    },
  };
}
