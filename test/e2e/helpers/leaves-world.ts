import type { InstanceView } from '../../../shared/domain/instance.js';
import { presetRange } from '../../../shared/domain/dates.js';
import type { FakeFactorial } from '../../fakes/fake-factorial.js';
import { startFakeFactorial } from '../../fakes/fake-factorial.js';
import type { FakeUser, FakeWorld } from '../../fakes/world.js';
import { generateWorld } from '../../fakes/world.js';
import type { StartedApp } from './start-app.js';
import { syncAndWait } from './sync-events.js';
import { browserToday } from './sync-world.js';
import { addAcmeWithTempo, addDays, factorialLeaveJson, nthWeekday, rpcOrThrow } from './world-kit.js';

export { addDays };

export const LEAVES_FACTORIAL_KEY = 'factorial-leaves-e2e-key-0123456789';
export const LEAVES_WRONG_KEY = 'factorial-leaves-e2e-wrong-key-999';

export interface LeavesPlan {
  id: number;
  who: FakeUser;
  employeeId: number;
  from: string;
  to: string;
  type: 'Vacation' | 'Sick leave' | 'Personal day';
  halfDay: 'morning' | 'afternoon' | null;
  approved: boolean;
}

export interface LeavesWorld {
  world: FakeWorld;
  thisMonth: { from: string; to: string };
  instance: InstanceView;
  factorial: FakeFactorial;
  /** Factorial has their email in capitals (matched by email, ignoring case). */
  upper: FakeUser;
  /** Exact email; the name carries an emoji. */
  exact: FakeUser;
  /** Jira hides their email: mapped by hand to employee 5000. */
  hidden: FakeUser;
  handEmployeeId: number;
  leaves: LeavesPlan[];
  /** A free working day of this month (no leave on it). */
  holidayDate: string;
  rpc<T>(channel: Parameters<StartedApp['rpc']>[0], input?: unknown): Promise<T>;
  close(): Promise<void>;
}


/**
 * One Jira + Tempo instance with this month synced (so Jira people and their emails are known),
 * and a fake Factorial — not connected yet — with three employees (one email in capitals, one
 * exact, one matching nobody) and four leaves this month: a full day, a multi-day vacation, a
 * morning half day and a pending personal day.
 */
export async function startLeavesWorld(app: StartedApp): Promise<LeavesWorld> {
  const thisMonth = presetRange('this-month', browserToday());
  const world = generateWorld({ seed: 7310, users: 6, issues: 20, worklogs: 120, from: thisMonth.from, to: thisMonth.to });
  const acme = await addAcmeWithTempo(app, world);
  const instance = acme.instance;
  const rpc = rpcOrThrow(app);
  await syncAndWait(app, thisMonth);

  const upper = world.users[1] as FakeUser;
  const exact = world.users[5] as FakeUser;
  const hidden = world.users[3] as FakeUser;
  if (!upper.email || !exact.email || hidden.email !== null) throw new Error('The generated world no longer has the emails this test expects.');
  const handEmployeeId = 5000;
  const m = thisMonth.from;
  const leaves: LeavesPlan[] = [
    { id: 91_001, who: upper, employeeId: 1001, from: nthWeekday(m, 2, 1), to: nthWeekday(m, 2, 1), type: 'Vacation', halfDay: null, approved: true },
    { id: 91_002, who: upper, employeeId: 1001, from: nthWeekday(m, 1, 3), to: addDays(nthWeekday(m, 1, 3), 2), type: 'Vacation', halfDay: null, approved: true },
    { id: 91_003, who: exact, employeeId: 1005, from: nthWeekday(m, 4, 2), to: nthWeekday(m, 4, 2), type: 'Sick leave', halfDay: 'morning', approved: true },
    { id: 91_004, who: hidden, employeeId: handEmployeeId, from: nthWeekday(m, 5, 2), to: nthWeekday(m, 5, 2), type: 'Personal day', halfDay: null, approved: false },
  ];
  const json = leaves.map((l) => factorialLeaveJson(l, { id: l.id, employeeId: l.employeeId }));
  const factorial = await startFakeFactorial({
    apiKeys: [LEAVES_FACTORIAL_KEY],
    employees: [
      { id: 1001, email: (upper.email as string).toUpperCase(), full_name: upper.displayName },
      { id: 1005, email: exact.email, full_name: exact.displayName.replace(/ 🚀$/, '') },
      { id: handEmployeeId, email: 'private.inbox@corp.example', full_name: hidden.displayName },
    ],
    leaves: json,
  });
  return {
    world,
    thisMonth,
    instance,
    factorial,
    upper,
    exact,
    hidden,
    handEmployeeId,
    leaves,
    holidayDate: nthWeekday(m, 5, 4),
    rpc,
    close: async () => {
      await Promise.all([acme.close(), factorial.close()]);
    },
  };
}
