import { mulberry32 } from '../faults.js';
import type { FakeUser } from '../world.js';

export interface FactorialEmployeeJson {
  id: number;
  email: string | null;
  full_name: string;
  [key: string]: unknown;
}

/** A leave as the dated API sends it (half_day in Factorial's own spelling, "beggining_of_day"). */
export interface FactorialLeaveJson {
  id: number;
  employee_id: number;
  start_on: string;
  finish_on: string;
  half_day: null | 'beggining_of_day' | 'end_of_day';
  leave_type_id: number;
  leave_type_name: string;
  approved: boolean | null;
  deleted_at: string | null;
  updated_at: string;
  [key: string]: unknown;
}

export interface FactorialLeaveTypeJson {
  id: number;
  name: string;
  [key: string]: unknown;
}

/** What the fake Factorial serves; tests change it between requests. */
export interface FakeFactorialState {
  apiKeys: string[];
  /** Dated versions the fake answers under /api/<version>/resources/... */
  versions: string[];
  employees: FactorialEmployeeJson[];
  leaves: FactorialLeaveJson[];
  leaveTypes: FactorialLeaveTypeJson[];
  /** The most items on one page whatever `limit` asked for (null: the asked limit); pages shorter than asked while more exist. */
  pageLimit: number | null;
}

export const LEAVE_TYPES: FactorialLeaveTypeJson[] = [
  { id: 1, name: 'Vacation' },
  { id: 2, name: 'Sick leave' },
  { id: 3, name: 'Personal day' },
];

const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Mixed letter case: "Ada.Lovelace0@Example.com", the way HR systems often store emails. */
export const otherCase = (email: string): string => email.replace(/(^|[.@])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());

export interface FactorialWorldOptions {
  seed?: number;
  /** Leaves are generated in [from, to] (some cross its edges). */
  from: string;
  to: string;
  leaves?: number;
}

/**
 * Employees for a Jira world's people, as an HR system would have them: most with the same email in
 * another letter case, every third with an email Jira doesn't know (mapped by hand, or not at all),
 * plus two employees who are not in Jira. Leaves of every kind: whole days, half days, multi-day,
 * pending, deleted, crossing the range's edges.
 */
export function generateFactorialWorld(users: readonly FakeUser[], o: FactorialWorldOptions): Pick<FakeFactorialState, 'employees' | 'leaves' | 'leaveTypes'> {
  const rnd = mulberry32(o.seed ?? 7);
  const employees: FactorialEmployeeJson[] = users.map((u, i) => ({
    id: 1000 + i,
    email: u.email === null || i % 3 === 2 ? `hr-only-${i}@corp.example` : i % 2 === 0 ? otherCase(u.email) : u.email.toUpperCase(),
    full_name: u.displayName.replace(/ 🚀$/, ''),
    company_id: 1,
  }));
  employees.push({ id: 5000, email: 'office.manager@corp.example', full_name: 'Office Manager' }, { id: 5001, email: null, full_name: 'Contractor Without Email' });
  const span = Math.max(1, Math.round((Date.parse(o.to) - Date.parse(o.from)) / 86_400_000));
  const leaves: FactorialLeaveJson[] = [];
  for (let i = 0; i < (o.leaves ?? 60); i++) {
    const employee = employees[Math.floor(rnd() * employees.length)] as FactorialEmployeeJson;
    const start = addDays(o.from, Math.floor(rnd() * (span + 10)) - 5);
    const r = rnd();
    const half = r < 0.25 ? (rnd() < 0.5 ? 'beggining_of_day' : 'end_of_day') : null;
    const length = half ? 0 : Math.floor(rnd() * 6);
    const type = LEAVE_TYPES[Math.floor(rnd() * LEAVE_TYPES.length)] as FactorialLeaveTypeJson;
    const s = rnd();
    leaves.push({
      id: 70000 + i,
      employee_id: employee.id,
      start_on: start,
      finish_on: addDays(start, length),
      half_day: half,
      leave_type_id: type.id,
      leave_type_name: type.name,
      approved: s < 0.15 ? false : s < 0.2 ? null : true,
      deleted_at: s > 0.92 ? '2026-10-30T10:00:00.000Z' : null,
      updated_at: '2026-10-01T09:00:00.000Z',
      description: 'generated',
    });
  }
  return { employees, leaves, leaveTypes: LEAVE_TYPES.map((t) => ({ ...t })) };
}
