import type { InstanceView } from '../../../shared/domain/instance.js';
import { presetRange } from '../../../shared/domain/dates.js';
import type { Timesheet } from '../../../shared/domain/timesheet.js';
import type { FakeFactorial } from '../../fakes/fake-factorial.js';
import { startFakeFactorial } from '../../fakes/fake-factorial.js';
import type { FakeUser, FakeWorld } from '../../fakes/world.js';
import { generateWorld, localDate } from '../../fakes/world.js';
import type { StartedApp } from './start-app.js';
import { syncAndWait } from './sync-events.js';
import { browserToday } from './sync-world.js';
import { addAcmeWithTempo, addDays, factorialLeaveJson, isoWeekday, nthWeekday, rpcOrThrow } from './world-kit.js';

export { isoWeekday };

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


/**
 * ~300 worklogs over last month and this month on one instance (Jira + Tempo; both months synced),
 * two people in the team (one on 7.5 h Monday–Thursday), a fake Factorial with approved, pending
 * and half-day leaves for those two (mapped by email, leaves synced), and one public holiday.
 * `today` (a local Date at midnight) moves the whole world to another month, for pictures that must
 * not change from one day to the next. `plant` adds worklogs to the world before it is synced (a
 * spec's own cases); without it the world is the one every other spec sees.
 */
export async function startTimesheetWorld(app: StartedApp, today: Date = browserToday(), plant?: (world: FakeWorld, people: { full: FakeUser; part: FakeUser; thisMonth: { from: string; to: string } }) => void): Promise<TimesheetWorld> {
  const thisMonth = presetRange('this-month', today);
  const lastMonth = presetRange('last-month', today);
  const world = generateWorld({ seed: 4821, users: 8, issues: 50, worklogs: 300, from: lastMonth.from, to: thisMonth.to });
  // Users 2 and 5 have emails Jira shows ("José Muñoz", "Søren Kierkegaard 🚀").
  const full = world.users[2] as FakeUser;
  const part = world.users[5] as FakeUser;
  plant?.(world, { full, part, thisMonth });
  const m = thisMonth.from;
  const holiday = { date: nthWeekday(m, 5, 3), name: 'Fiesta de Prueba 🎉' };
  // Tempo's schedules (synced with the worklogs) agree with the team settings below: Tempo sets
  // their expected hours, with the holiday in their holiday scheme.
  const H = 3600;
  const acme = await addAcmeWithTempo(app, world, {
    [full.accountId]: { weekdaySeconds: { 1: 8 * H, 2: 8 * H, 3: 8 * H, 4: 8 * H, 5: 8 * H }, holidays: { [holiday.date]: holiday.name } },
    [part.accountId]: { weekdaySeconds: { 1: 27_000, 2: 27_000, 3: 27_000, 4: 27_000 }, holidays: { [holiday.date]: holiday.name } },
  });
  const instance = acme.instance;
  const rpc = rpcOrThrow(app);
  await syncAndWait(app, thisMonth);
  await syncAndWait(app, lastMonth);

  await rpc('team.add', { accountId: full.accountId });
  await rpc('team.add', { accountId: part.accountId, dailySeconds: 27_000, workingWeekdays: [1, 2, 3, 4] });

  const leaves: PlannedLeave[] = [
    // Two approved vacation days (Tue–Wed of the first full week), a pending personal day (that Thursday).
    { who: full, from: nthWeekday(m, 2, 1), to: addDays(nthWeekday(m, 2, 1), 1), type: 'Vacation', halfDay: null, approved: true },
    { who: full, from: nthWeekday(m, 4, 1), to: nthWeekday(m, 4, 1), type: 'Personal day', halfDay: null, approved: false },
    // An approved sick half day (morning) and a pending vacation day for the part-timer.
    { who: part, from: nthWeekday(m, 2, 2), to: nthWeekday(m, 2, 2), type: 'Sick leave', halfDay: 'morning', approved: true },
    { who: part, from: nthWeekday(m, 1, 2), to: nthWeekday(m, 1, 2), type: 'Vacation', halfDay: null, approved: false },
  ];
  const employeeId = (u: FakeUser): number => (u === full ? 1002 : 1005);
  const json = leaves.map((l, i) => factorialLeaveJson(l, { id: 90_000 + i, employeeId: employeeId(l.who) }));
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
      await Promise.all([acme.close(), factorial.close()]);
    },
  };
}
