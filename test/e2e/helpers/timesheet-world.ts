import type { InstanceView } from '../../../shared/domain/instance.js';
import { presetRange } from '../../../shared/domain/dates.js';
import type { Timesheet } from '../../../shared/domain/timesheet.js';
import type { FakeFactorial, FactorialLeaveJson } from '../../fakes/fake-factorial.js';
import { startFakeFactorial } from '../../fakes/fake-factorial.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import type { FakeUser, FakeWorld } from '../../fakes/world.js';
import { generateWorld, localDate } from '../../fakes/world.js';
import type { StartedApp } from './start-app.js';
import { JIRA_USER, TEMPO_TOKEN } from './start-app.js';
import { syncAndWait } from './sync-events.js';
import { browserToday } from './sync-world.js';

const FACTORIAL_KEY = 'factorial-e2e-key-0123456789';

export interface PlannedLeave {
  who: FakeUser;
  from: string;
  to: string;
  type: string;
  halfDay: 'morning' | 'afternoon' | null;
  approved: boolean;
}

export interface TimesheetWorld {
  world: FakeWorld;
  thisMonth: { from: string; to: string };
  lastMonth: { from: string; to: string };
  instance: InstanceView;
  /** In the team with the default schedule (8 h, Monday to Friday). */
  full: FakeUser;
  /** In the team with 7.5 h, Monday to Thursday; the name carries an emoji. */
  part: FakeUser;
  leaves: PlannedLeave[];
  holiday: { date: string; name: string };
  /** The dates of this month, in order. */
  thisMonthDays(): string[];
  /** Seconds the world has for a person on a date (what a correct sync stores). */
  loggedOn(accountId: string, date: string): number;
  rpc<T>(channel: Parameters<StartedApp['rpc']>[0], input?: unknown): Promise<T>;
  timesheet(input: { from: string; to: string; accountIds?: string[] }): Promise<Timesheet>;
  close(): Promise<void>;
}


const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string): number => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
/** The n-th (1-based) given weekday of the month that starts at `monthStart`. */
const nthWeekday = (monthStart: string, weekday: number, n: number): string => {
  let d = monthStart;
  while (isoWeekday(d) !== weekday) d = addDays(d, 1);
  return addDays(d, 7 * (n - 1));
};

/**
 * ~300 worklogs over last month and this month on one instance (Jira + Tempo; both months synced),
 * two people in the team (one on 7.5 h Monday–Thursday), a fake Factorial with approved, pending
 * and half-day leaves for those two (mapped by email, leaves synced), and one public holiday.
 */
export async function startTimesheetWorld(app: StartedApp): Promise<TimesheetWorld> {
  const today = browserToday();
  const thisMonth = presetRange('this-month', today);
  const lastMonth = presetRange('last-month', today);
  const world = generateWorld({ seed: 4821, users: 8, issues: 50, worklogs: 300, from: lastMonth.from, to: thisMonth.to });
  const jira: FakeJira = await startFakeJira({ users: [JIRA_USER], world, changeFeedDelayMs: 0 });
  // Tempo, not Jira alone: a Jira-only sync caches names without emails (they come with the
  // worklogs), while the Tempo path looks users up in bulk, emails included, so people.autoMap
  // can match them with Factorial's employees.
  const tempo: FakeTempo = await startFakeTempo({ tokens: [TEMPO_TOKEN], world, jiraUrl: jira.url });

  const rpc = async <T>(channel: Parameters<StartedApp['rpc']>[0], input: unknown = {}): Promise<T> => {
    const r = await app.rpc<T>(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.message}`);
    return r.value;
  };

  const instance = await rpc<InstanceView>('instances.add', { name: 'Acme', url: jira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token, tempoToken: TEMPO_TOKEN, tempoBaseUrl: tempo.url });
  await syncAndWait(app, thisMonth);
  await syncAndWait(app, lastMonth);

  // Users 2 and 5 have emails Jira shows ("José Muñoz", "Søren Kierkegaard 🚀").
  const full = world.users[2] as FakeUser;
  const part = world.users[5] as FakeUser;
  await rpc('team.add', { accountId: full.accountId });
  await rpc('team.add', { accountId: part.accountId, dailySeconds: 27_000, workingWeekdays: [1, 2, 3, 4] });

  const m = thisMonth.from;
  const leaves: PlannedLeave[] = [
    // Two approved vacation days (Tue–Wed of the first full week), a pending personal day (that Thursday).
    { who: full, from: nthWeekday(m, 2, 1), to: addDays(nthWeekday(m, 2, 1), 1), type: 'Vacation', halfDay: null, approved: true },
    { who: full, from: nthWeekday(m, 4, 1), to: nthWeekday(m, 4, 1), type: 'Personal day', halfDay: null, approved: false },
    // An approved sick half day (morning) and a pending vacation day for the part-timer.
    { who: part, from: nthWeekday(m, 2, 2), to: nthWeekday(m, 2, 2), type: 'Sick leave', halfDay: 'morning', approved: true },
    { who: part, from: nthWeekday(m, 1, 2), to: nthWeekday(m, 1, 2), type: 'Vacation', halfDay: null, approved: false },
  ];
  const employeeId = (u: FakeUser): number => (u === full ? 1002 : 1005);
  const json: FactorialLeaveJson[] = leaves.map((l, i) => ({
    id: 90_000 + i,
    employee_id: employeeId(l.who),
    start_on: l.from,
    finish_on: l.to,
    half_day: l.halfDay === 'morning' ? 'beggining_of_day' : l.halfDay === 'afternoon' ? 'end_of_day' : null,
    leave_type_id: l.type === 'Vacation' ? 1 : l.type === 'Sick leave' ? 2 : 3,
    leave_type_name: l.type,
    approved: l.approved ? true : null,
    deleted_at: null,
    updated_at: '2026-10-01T09:00:00.000Z',
  }));
  const factorial: FakeFactorial = await startFakeFactorial({
    apiKeys: [FACTORIAL_KEY],
    employees: [
      { id: 1002, email: (full.email as string).toUpperCase(), full_name: full.displayName },
      { id: 1005, email: part.email, full_name: part.displayName.replace(/ 🚀$/, '') },
      { id: 5000, email: 'office.manager@corp.example', full_name: 'Office Manager' },
    ],
    leaves: json,
  });
  await rpc('factorial.saveConfig', { apiKey: FACTORIAL_KEY, baseUrl: factorial.url });
  const mapped = await rpc<{ mapped: number }>('people.autoMap', {});
  if (mapped.mapped < 2) throw new Error(`people.autoMap mapped ${mapped.mapped} people, expected the two team members.`);
  await rpc('leaves.sync', { from: lastMonth.from, to: thisMonth.to });

  const holiday = { date: nthWeekday(m, 5, 3), name: 'Fiesta de Prueba 🎉' };
  await rpc('holidays.add', holiday);

  return {
    world,
    thisMonth,
    lastMonth,
    instance,
    full,
    part,
    leaves,
    holiday,
    thisMonthDays: () => {
      const out: string[] = [];
      for (let d = thisMonth.from; d <= thisMonth.to; d = addDays(d, 1)) out.push(d);
      return out;
    },
    loggedOn: (accountId, date) => world.worklogs.filter((w) => w.authorAccountId === accountId && localDate(w) === date).reduce((s, w) => s + w.timeSpentSeconds, 0),
    rpc,
    timesheet: (input) => rpc<Timesheet>('timesheet.get', input),
    close: async () => {
      await Promise.all([jira.close(), tempo.close(), factorial.close()]);
    },
  };
}
