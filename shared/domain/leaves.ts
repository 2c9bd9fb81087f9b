import { z } from 'zod';
import { isIsoDate } from './dates.js';

/** Which half of the day a half-day leave takes, in our words (Factorial says "beggining_of_day" / "end_of_day"). */
export const HALF_DAYS = ['morning', 'afternoon'] as const;
export type HalfDay = (typeof HALF_DAYS)[number];

/** Factorial settings as the UI sees them: never the key itself. */
export interface FactorialConfigView {
  baseUrl: string;
  apiKeySaved: boolean;
}

/** A stored Factorial leave. Dates are inclusive calendar days. */
export interface Leave {
  id: number;
  employeeId: number;
  /** The Atlassian account mapped to the employee; null when nobody is mapped to them. */
  accountId: string | null;
  /** The employee's name in Factorial (from the cached employee list); null when not known yet. */
  employeeName: string | null;
  from: string;
  to: string;
  /** null = whole days. A half-day leave takes half of each day it covers. */
  halfDay: HalfDay | null;
  /** Leave type name ("Vacation", "Sick leave"...), null when Factorial gave none. */
  type: string | null;
  /** Pending leaves are kept and shown flagged, but only approved ones reduce expected hours. */
  approved: boolean;
}

/** One known Jira person and the Factorial employee they are mapped to (if any). */
export interface PersonMapping {
  accountId: string;
  name: string;
  /** As Jira shows it; null when hidden by the user's privacy settings. */
  email: string | null;
  employeeId: number | null;
  employeeName: string | null;
  how: 'auto' | 'manual' | null;
}

export interface Holiday {
  date: string;
  name: string;
}

/** Expected against logged time of one person over a range. */
export interface PersonHours {
  accountId: string;
  name: string;
  /** Working days × daily hours, minus holidays and approved leaves. */
  expectedSeconds: number;
  /** Summed over every instance. */
  loggedSeconds: number;
  /** Working time taken by approved leaves (not counting holidays or non-working days). */
  leaveSeconds: number;
}

export interface LeavesSyncResult {
  runId: string;
  from: string;
  to: string;
  counts: { fetched: number; inserted: number; updated: number; deleted: number };
  requests: number;
}

const isoDate = z.string().refine(isIsoDate, 'Use a date like 2026-11-30 (YYYY-MM-DD).');
const accountId = z.string().trim().min(1, 'The account id is empty.').max(128, 'That account id is too long to be an Atlassian account id.');
const employeeId = z.number().int().positive('A Factorial employee id is a positive number.');
const range = { from: isoDate, to: isoDate };
const inOrder = <T extends { from: string; to: string }>(schema: z.ZodType<T>) =>
  schema.refine((q) => q.from <= q.to, { message: 'The range must start on or before its last day.', path: ['from'] });

/** Input schemas of the channels the UI will call (see the report for their names). */
export const factorialSaveConfigInputSchema = z.object({
  /** A new API key; omitted to keep the saved one. */
  apiKey: z.string().trim().min(1, 'The API key is empty.').max(4096).optional(),
  /** Empty or null = Factorial's default address. */
  baseUrl: z.string().trim().max(500).nullable().optional(),
});
export type FactorialSaveConfigInput = z.infer<typeof factorialSaveConfigInputSchema>;

export const leavesRangeInputSchema = inOrder(z.object(range));
export const hoursReportInputSchema = inOrder(z.object({ ...range, accountIds: z.array(accountId).max(1000).optional() }));
export const mapPersonInputSchema = z.object({ accountId, employeeId });
export const unmapPersonInputSchema = z.object({ accountId });
export const autoMapInputSchema = z.object({ accountId: accountId.optional() });
/** `refresh` fetches the list from Factorial first; otherwise the cached list (no network). */
export const employeesInputSchema = z.object({ refresh: z.boolean().optional() });

/** A Factorial employee, for choosing someone by hand. */
export interface EmployeeView {
  id: number;
  name: string | null;
  email: string | null;
  /** The Jira people mapped to this employee (usually none or one). */
  mappedAccountIds: string[];
}
export const holidayAddInputSchema = z.object({ date: isoDate, name: z.string().trim().min(1, 'Give the holiday a name.').max(200) });
export const holidayRemoveInputSchema = z.object({ date: isoDate });
/** An .ics calendar's text; public holiday feeds are a few kB, so 2 MB is generous. */
export const holidaysImportIcsInputSchema = z.object({ ics: z.string().max(2_000_000, 'That calendar file is too large (at most 2 MB).') });
