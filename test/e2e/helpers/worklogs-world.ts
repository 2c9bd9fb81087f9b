import type { InstanceView } from '../../../shared/domain/instance.js';
import { presetRange } from '../../../shared/domain/dates.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import type { FakeWorld } from '../../fakes/world.js';
import { generateWorld } from '../../fakes/world.js';
import type { StartedApp } from './start-app.js';
import { syncAndWait } from './sync-events.js';
import { JIRA_USER, TEMPO_TOKEN, test as base } from './start-app.js';
import { browserToday } from './sync-world.js';

export interface WorklogsWorld {
  world: FakeWorld;
  thisMonth: { from: string; to: string };
  lastMonth: { from: string; to: string };
  acme: InstanceView;
  globex: InstanceView;
  close(): Promise<void>;
}

/**
 * ~600 worklogs over last month and this month (epics and issues without one, accented and
 * emoji names), two instances on separate fake Jira sites (Acme with Tempo, Globex Jira only),
 * both months synced.
 */
export async function startWorklogsWorld(app: StartedApp): Promise<WorklogsWorld> {
  const today = browserToday();
  const thisMonth = presetRange('this-month', today);
  const lastMonth = presetRange('last-month', today);
  const world = generateWorld({ seed: 7311, users: 12, issues: 70, worklogs: 600, from: lastMonth.from, to: thisMonth.to });
  const acmeJira: FakeJira = await startFakeJira({ users: [JIRA_USER], world, changeFeedDelayMs: 0 });
  const globexJira: FakeJira = await startFakeJira({ users: [JIRA_USER], world, changeFeedDelayMs: 0 });
  const tempo: FakeTempo = await startFakeTempo({ tokens: [TEMPO_TOKEN], world, jiraUrl: acmeJira.url });

  const add = async (input: Record<string, unknown>): Promise<InstanceView> => {
    const r = await app.rpc<InstanceView>('instances.add', input);
    if (!r.ok) throw new Error(`instances.add failed: ${r.error.message}`);
    return r.value;
  };
  const acme = await add({ name: 'Acme', url: acmeJira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token, tempoToken: TEMPO_TOKEN, tempoBaseUrl: tempo.url });
  const globex = await add({ name: 'Globex', url: globexJira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token });
  await syncAndWait(app, thisMonth);
  await syncAndWait(app, lastMonth);

  return {
    world,
    thisMonth,
    lastMonth,
    acme,
    globex,
    close: async () => {
      await Promise.all([acmeJira.close(), globexJira.close(), tempo.close()]);
    },
  };
}

/** The e2e `test` with a synced worklogs world as the `wl` fixture (Worklogs, Charts, Export, date ranges). */
export const worklogsTest = base.extend<{ wl: WorklogsWorld }>({
  wl: async ({ app }, use) => {
    const wl = await startWorklogsWorld(app);
    await use(wl);
    await wl.close();
  },
});
