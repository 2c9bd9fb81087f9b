import type { InstanceView } from '../../../shared/domain/instance.js';
import type { FactorialLeaveJson } from '../../fakes/fake-factorial.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeTempo, FakeTempoOptions, FakeUserSchedule } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import type { FakeWorld } from '../../fakes/world.js';
import type { StartedApp } from './start-app.js';
import { JIRA_USER, TEMPO_TOKEN } from './start-app.js';

/** Calendar arithmetic on plain dates (no time zone can shift them). */
export const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string): number => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** The n-th (1-based) given weekday of the month that starts at `monthStart`. */
export const nthWeekday = (monthStart: string, weekday: number, n: number): string => {
  let d = monthStart;
  while (isoWeekday(d) !== weekday) d = addDays(d, 1);
  return addDays(d, 7 * (n - 1));
};

export type Rpc = <T>(channel: Parameters<StartedApp['rpc']>[0], input?: unknown) => Promise<T>;

/** A channel call that throws with the channel's plain message instead of returning `{ok:false}`: world setup has no failure path worth handling. */
export function rpcOrThrow(app: StartedApp): Rpc {
  return async <T>(channel: Parameters<StartedApp['rpc']>[0], input: unknown = {}): Promise<T> => {
    const r = await app.rpc<T>(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.message}`);
    return r.value;
  };
}

/** A planned leave as Factorial's API shows it (note its own spelling, "beggining_of_day"). */
export function factorialLeaveJson(
  l: { from: string; to: string; type: string; halfDay: 'morning' | 'afternoon' | null; approved: boolean },
  ids: { id: number; employeeId: number },
): FactorialLeaveJson {
  return {
    id: ids.id,
    employee_id: ids.employeeId,
    start_on: l.from,
    finish_on: l.to,
    half_day: l.halfDay === 'morning' ? 'beggining_of_day' : l.halfDay === 'afternoon' ? 'end_of_day' : null,
    leave_type_id: l.type === 'Vacation' ? 1 : l.type === 'Sick leave' ? 2 : 3,
    leave_type_name: l.type,
    approved: l.approved ? true : null,
    deleted_at: null,
    updated_at: '2026-10-01T09:00:00.000Z',
  };
}

export interface AcmeSite {
  instance: InstanceView;
  close(): Promise<void>;
}

/**
 * "Acme": one fake Jira site with Tempo serving `world`, added to the app. Tempo, not Jira alone:
 * a Jira-only sync caches names without emails (they come with the worklogs), while the Tempo
 * path looks users up in bulk, emails included, so people.autoMap can match Factorial's employees.
 */
export async function addAcmeWithTempo(
  app: StartedApp,
  world: FakeWorld,
  schedules?: Record<string, FakeUserSchedule>,
  /** Tempo teams and timesheet approvals the fake serves besides the worklogs. */
  tempoExtras: Pick<FakeTempoOptions, 'teams' | 'approvals'> = {},
): Promise<AcmeSite> {
  const jira: FakeJira = await startFakeJira({ users: [JIRA_USER], world, changeFeedDelayMs: 0 });
  const tempo: FakeTempo = await startFakeTempo({ tokens: [TEMPO_TOKEN], world, jiraUrl: jira.url, ...(schedules ? { schedules } : {}), ...tempoExtras });
  const instance = await rpcOrThrow(app)<InstanceView>('instances.add', { name: 'Acme', url: jira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token, tempoToken: TEMPO_TOKEN, tempoBaseUrl: tempo.url });
  return { instance, close: async () => void (await Promise.all([jira.close(), tempo.close()])) };
}
