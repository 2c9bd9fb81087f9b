import { z } from 'zod';
import { isIsoDate } from './dates.js';
import type { PersonApproval, TimesheetApprovals } from './approvals.js';
import type { CellAnomaly } from './anomalies.js';
import type { HalfDay } from './leaves.js';

const isoDate = z.string().refine(isIsoDate, 'Use a date like 2026-11-30 (YYYY-MM-DD).');

/** The most people one timesheet request may name; the renderer and the reminder's route cap at it too. */
export const TIMESHEET_MAX_PEOPLE = 500;
/** The longest account id a timesheet request accepts (Atlassian ids are far shorter). */
export const ACCOUNT_ID_MAX_LENGTH = 128;

/** People × days for a week or a month: at most 62 days so the grid stays readable. */
export const timesheetQuerySchema = z
  .object({
    from: isoDate,
    to: isoDate,
    /** Whom to show; default: "my team", or everyone who logged time in the range when the team is empty. */
    accountIds: z.array(z.string().min(1).max(ACCOUNT_ID_MAX_LENGTH)).max(TIMESHEET_MAX_PEOPLE).optional(),
    instanceIds: z.array(z.string().uuid()).max(50).optional(),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'The start date must not be after the end date.', path: ['from'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < 62, { message: 'A timesheet covers at most two months.', path: ['to'] });

export type TimesheetQuery = z.output<typeof timesheetQuerySchema>;

export interface TimesheetDay {
  date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** The public holiday of that date, when the workspace list has one. */
  holiday: string | null;
}

export interface TimesheetLeaveMark {
  type: string | null;
  halfDay: HalfDay | null;
  approved: boolean;
}

/**
 * What set a day's expected hours: the team schedule (or the default Mon–Fri 8 h), Tempo's
 * required hours, an approved Factorial leave, or a holiday.
 */
export const EXPECTATION_SOURCES = ['team', 'tempo', 'leave', 'holiday'] as const;
export type ExpectationSource = (typeof EXPECTATION_SOURCES)[number];

export interface TimesheetCell {
  date: string;
  loggedSeconds: number;
  expectedSeconds: number;
  /** False for days of the current period not yet elapsed: their expected hours are shown greyed and left out of totals. */
  counted: boolean;
  /** Not a working day of this person's schedule (weekend, holiday). */
  nonWorking: boolean;
  /** Leaves known for the day (approved ones reduce expected hours; pending ones are only marked). */
  leaves: TimesheetLeaveMark[];
  /** What set the day's expected hours. */
  source: ExpectationSource;
  /** The person's holiday that day (Tempo's holiday scheme or the workspace list), if any. */
  holiday: string | null;
  /** What looks wrong about the day (shown when the Timesheet's "Show anomalies" is on); empty when nothing. */
  anomalies: CellAnomaly[];
}

export interface TimesheetPerson {
  accountId: string;
  name: string;
  inTeam: boolean;
  /** The sources of this person's expectation over the period (schedules first, then leave, holiday). */
  sources: ExpectationSource[];
  cells: TimesheetCell[];
  totals: { loggedSeconds: number; expectedSeconds: number; leaveSeconds: number };
  /** Tempo timesheet approval for the period; absent for people outside the linked Tempo team. */
  approval?: PersonApproval;
}

export interface Timesheet {
  from: string;
  to: string;
  days: TimesheetDay[];
  people: TimesheetPerson[];
  /** Logged seconds per day over the people shown. */
  dayTotals: number[];
  /** Whether any Factorial leaves are stored at all: without them the grid says "no leaves known". */
  leavesKnown: boolean;
  /** Set when the period is still running: expected hours count up to this day only; null when every day counts. */
  countedThrough: string | null;
  /** The daily maximum the cells' "over-max" anomalies were computed with (settings.maxDayHours). */
  maxDaySeconds: number;
  /** Set when "my team" follows a Tempo team: whose approvals the people's statuses are. */
  approvals?: TimesheetApprovals;
}
