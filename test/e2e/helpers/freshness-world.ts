import { createAppCore } from '../../../main/core/app-core.js';
import { systemClock } from '../../../main/core/system-clock.js';
import { presetRange } from '../../../shared/domain/dates.js';
import type { AppSettings } from '../../../shared/domain/settings.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import type { FakeWorld } from '../../fakes/world.js';
import { generateWorld } from '../../fakes/world.js';
import { JIRA_USER, TEMPO_TOKEN } from './start-app.js';
import { browserToday } from './sync-world.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface FreshnessFakes {
  world: FakeWorld;
  thisMonth: { from: string; to: string };
  acmeJira: FakeJira;
  globexJira: FakeJira;
  tempo: FakeTempo;
  close(): Promise<void>;
}

/** Acme (Jira + Tempo) and Globex (Jira only) on fake servers of their own, with this month's worklogs. */
export async function startFreshnessFakes(): Promise<FreshnessFakes> {
  const thisMonth = presetRange('this-month', browserToday());
  const world = generateWorld({ seed: 4242, users: 6, issues: 40, worklogs: 200, from: thisMonth.from, to: thisMonth.to });
  const acmeJira = await startFakeJira({ users: [JIRA_USER], world, changeFeedDelayMs: 0 });
  const globexJira = await startFakeJira({ users: [JIRA_USER], world, changeFeedDelayMs: 0 });
  const tempo = await startFakeTempo({ tokens: [TEMPO_TOKEN], world, jiraUrl: acmeJira.url });
  return {
    world,
    thisMonth,
    acmeJira,
    globexJira,
    tempo,
    close: async () => {
      await Promise.all([acmeJira.close(), globexJira.close(), tempo.close()]);
    },
  };
}

/**
 * Fills a data folder the way the app would have, days ago: the instances are added and each is
 * synced through the core with its clock turned back (`acmeAgo`, `globexAgo`), so the history
 * honestly says when each sync ended. Then the settings, and the core is closed before the host
 * starts on the folder.
 */
export async function prepareOldSyncs(dataDir: string, fakes: FreshnessFakes, plan: { acmeAgo: number; globexAgo: number; settings?: Partial<AppSettings> }): Promise<void> {
  const at = (ago: number) => createAppCore({ host: 'cli', dataDir, clock: { now: () => new Date(Date.now() - ago), sleep: systemClock.sleep } });
  let core = at(plan.globexAgo);
  try {
    const acme = await core.services.instances.add({ name: 'Acme', url: fakes.acmeJira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token, tempoToken: TEMPO_TOKEN, tempoBaseUrl: fakes.tempo.url });
    const globex = await core.services.instances.add({ name: 'Globex', url: fakes.globexJira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token });
    const sync = async (instanceId: string): Promise<void> => {
      const s = await core.services.sync.run({ ...fakes.thisMonth, instanceIds: [instanceId] });
      if (!s.ok) throw new Error(`The preparing sync failed: ${JSON.stringify(s.runs.map((r) => r.error))}`);
    };
    await sync(globex.id);
    core.close();
    core = at(plan.acmeAgo);
    await sync(acme.id);
    if (plan.settings) core.services.settings.update(plan.settings);
  } finally {
    core.close();
  }
}
