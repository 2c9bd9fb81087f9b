import { randomUUID } from 'node:crypto';
import type { AppCore } from '../../main/core/app-core.js';
import { createAppCore } from '../../main/core/app-core.js';
import type { Clock } from '../../main/core/ports.js';
import type { InstanceView } from '../../shared/domain/instance.js';
import { startFakeJira } from '../fakes/fake-jira.js';
import type { FakeTempoTeam } from '../fakes/fake-tempo.js';
import { startFakeTempo } from '../fakes/fake-tempo.js';
import { generateWorld } from '../fakes/world.js';
import { dispatchValue } from './dispatch-value.js';
import { makeTempDir } from './temp-dir.js';

export const LEAD = { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Team Lead', email: 'lead@example.com' };

/** The Tempo team the team and approvals suites link to: full-time, half-time, and a member from mid-month. */
export function odegardTeam(accountId: (i: number) => string): FakeTempoTeam {
  return {
    id: 7,
    name: 'Équipe Ødegård 🚀',
    members: [
      { accountId: accountId(0), commitmentPercent: 100 },
      { accountId: accountId(1), commitmentPercent: 50 },
      { accountId: accountId(2), commitmentPercent: 100, from: '2026-11-16' },
    ],
  };
}

/**
 * One Jira site with Tempo over a generated November 2026 world, a fresh data folder and the app
 * core with that site added ("with-tempo"): the set-up of the suites about Tempo teams, schedules
 * and approvals. Teams are built from the world's users, so they are passed as a function of it.
 */
export async function startTempoSite(options: { seed: number; clock: Clock; teams?: (user: (i: number) => string) => FakeTempoTeam[]; tmpPrefix?: string }) {
  const world = generateWorld({ seed: options.seed, users: 5, issues: 20, worklogs: 80, from: '2026-11-01', to: '2026-11-30' });
  const user = (i: number): string => (world.users[i] as { accountId: string }).accountId;
  const jiraToken = `ATATT-t-${randomUUID()}`;
  const tempoToken = `tempo-${randomUUID()}`;
  const jira = await startFakeJira({ users: [{ ...LEAD, token: jiraToken }], world, changeFeedDelayMs: 0 });
  const tempo = await startFakeTempo({ tokens: [tempoToken], world, jiraUrl: jira.url, teams: options.teams?.(user) ?? [] });
  const tmp = makeTempDir(options.tmpPrefix ?? 'wd-tempo-site-');
  const open = (): AppCore =>
    createAppCore({
      host: 'cli',
      dataDir: tmp.dir,
      clock: options.clock,
      httpLimits: { jira: { requestsPerSecond: 200, maxConcurrent: 6 }, tempo: { requestsPerSecond: 200, maxConcurrent: 4 } },
    });
  let core = open();
  const call = <T,>(channel: string, input: unknown): Promise<T> => dispatchValue<T>((c, i) => core.dispatch(c, i), channel, input);
  const instance = await call<InstanceView>('instances.add', { name: 'with-tempo', url: jira.url, email: LEAD.email, jiraToken, tempoToken, tempoBaseUrl: tempo.url });
  return {
    world,
    jira,
    tempo,
    get core(): AppCore {
      return core;
    },
    /** A fresh start of the app on the same data folder (what a restart offline sees). */
    reopen() {
      core.close();
      core = open();
    },
    instance,
    user,
    call,
    dataDir: tmp.dir,
    async close() {
      core.close();
      await Promise.all([jira.close(), tempo.close()]);
      tmp.cleanup();
    },
  };
}

export type TempoSite = Awaited<ReturnType<typeof startTempoSite>>;
