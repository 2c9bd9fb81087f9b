import type { InstanceView } from '../../../shared/domain/instance.js';
import { presetRange } from '../../../shared/domain/dates.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import type { FakeWorld } from '../../fakes/world.js';
import { generateWorld, localDate } from '../../fakes/world.js';
import type { StartedApp } from './start-app.js';
import { JIRA_USER, TEMPO_TOKEN } from './start-app.js';

/** The browser's time zone (playwright.config.ts): "this month" must mean the same days to the test and the page. */
export const BROWSER_TIME_ZONE = 'Europe/Madrid';

/** Today's calendar date where the browser is, as a local Date at midnight (what presetRange expects). */
export function browserToday(now = new Date()): Date {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: BROWSER_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return new Date(get('year'), get('month') - 1, get('day'));
}

export interface SyncWorld {
  world: FakeWorld;
  thisMonth: { from: string; to: string };
  lastMonth: { from: string; to: string };
  /** "Acme": Jira + Tempo; worklogs come from Tempo, names and epics from its own Jira. */
  acmeJira: FakeJira;
  tempo: FakeTempo;
  /** "Globex": Jira only, on a Jira server of its own, so a fault there never reaches Acme. */
  globexJira: FakeJira;
  acme: InstanceView;
  globex: InstanceView;
  /** Worklogs of the world dated in the range (what a correct sync of it stores per instance). */
  countIn(range: { from: string; to: string }): number;
  /** Slows every request of all three fake servers (so progress can be watched). */
  slowDown(ms: number): void;
  close(): Promise<void>;
}

/**
 * A generated world of ~400 worklogs over last month and this month, served by two fake Jira
 * sites and a fake Tempo, with both instances added to the app over its HTTP API.
 */
export async function startSyncWorld(app: StartedApp): Promise<SyncWorld> {
  const today = browserToday();
  const thisMonth = presetRange('this-month', today);
  const lastMonth = presetRange('last-month', today);
  const world = generateWorld({ seed: 20261, users: 8, issues: 60, worklogs: 400, from: lastMonth.from, to: thisMonth.to });
  // Small pages, so even the Jira path reports progress several times.
  const acmeJira = await startFakeJira({ users: [JIRA_USER], world, changeFeedDelayMs: 0, pageLimits: { search: 5 } });
  const globexJira = await startFakeJira({ users: [JIRA_USER], world, changeFeedDelayMs: 0, pageLimits: { search: 5 } });
  const tempo = await startFakeTempo({ tokens: [TEMPO_TOKEN], world, jiraUrl: acmeJira.url, pageLimit: 10 });

  const add = async (input: Record<string, unknown>): Promise<InstanceView> => {
    const r = await app.rpc<InstanceView>('instances.add', input);
    if (!r.ok) throw new Error(`instances.add failed: ${r.error.message}`);
    return r.value;
  };
  const acme = await add({ name: 'Acme', url: acmeJira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token, tempoToken: TEMPO_TOKEN, tempoBaseUrl: tempo.url });
  const globex = await add({ name: 'Globex', url: globexJira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token });

  return {
    world,
    thisMonth,
    lastMonth,
    acmeJira,
    tempo,
    globexJira,
    acme,
    globex,
    countIn: (range) => world.worklogs.filter((w) => localDate(w) >= range.from && localDate(w) <= range.to).length,
    slowDown(ms) {
      for (const server of [acmeJira, globexJira, tempo]) server.faults.inject({ kind: 'delay', ms }, { times: Infinity });
    },
    async close() {
      await Promise.all([acmeJira.close(), globexJira.close(), tempo.close()]);
    },
  };
}
