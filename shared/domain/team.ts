import { z } from 'zod';

/** ISO weekday numbers: 1 = Monday … 7 = Sunday (date-fns `getISODay`). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const DEFAULT_DAILY_SECONDS = 8 * 3600;
export const DEFAULT_WORKING_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5];

/** A person of "my team". Atlassian account ids are global, so one row serves every instance. */
export interface TeamMember {
  accountId: string;
  displayName: string;
  /** Expected work on a working day, in seconds (0..86400). */
  dailySeconds: number;
  /** Sorted, distinct ISO weekdays the person works on. */
  workingWeekdays: IsoWeekday[];
  addedAt: string;
}

const weekday = z.number().int().min(1, 'Weekdays are numbered 1 (Monday) to 7 (Sunday).').max(7, 'Weekdays are numbered 1 (Monday) to 7 (Sunday).');
// Sorted and distinct so that what is stored and compared has one spelling.
const weekdays = z
  .array(weekday)
  .max(7)
  .transform((days) => [...new Set(days)].sort((a, b) => a - b) as IsoWeekday[]);
const accountId = z.string().trim().min(1, 'The account id is empty.').max(128, 'That account id is too long to be an Atlassian account id.');
const dailySeconds = z
  .number()
  .int('Daily hours must be a whole number of seconds.')
  .min(0, 'Daily hours cannot be negative.')
  .max(86400, 'Daily hours cannot exceed 24.');

export const teamMemberSchema = z.object({
  accountId,
  displayName: z.string(),
  dailySeconds,
  workingWeekdays: weekdays,
  addedAt: z.string(),
});

export const teamAddInputSchema = z.object({
  accountId,
  /** Defaults to the name the worklogs carry, else the account id. */
  displayName: z.string().trim().max(200).optional(),
  dailySeconds: dailySeconds.optional(),
  workingWeekdays: weekdays.optional(),
});
export type TeamAddInput = z.input<typeof teamAddInputSchema>;

export const teamUpdateInputSchema = z.object({
  accountId,
  displayName: z.string().trim().min(1).max(200).optional(),
  dailySeconds: dailySeconds.optional(),
  workingWeekdays: weekdays.optional(),
});
export type TeamUpdateInput = z.input<typeof teamUpdateInputSchema>;

export const teamRemoveInputSchema = z.object({ accountId });

/**
 * "1-5", "1,2,3,4,5", "1-3,5", "mon-fri", "mon,wed,fri" → [1..]. Returns null when the text is not
 * a weekday list, so callers can word their own error.
 */
export function parseWeekdays(text: string): IsoWeekday[] | null {
  const names = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const one = (t: string): number | null => {
    const s = t.trim().toLowerCase();
    if (/^[1-7]$/.test(s)) return Number(s);
    const i = names.indexOf(s.slice(0, 3));
    return i >= 0 && names.some((n) => s.startsWith(n)) ? i + 1 : null;
  };
  const out = new Set<number>();
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const [a, b, ...rest] = part.split('-');
    if (rest.length > 0 || a === undefined) return null;
    const start = one(a);
    const end = b === undefined ? start : one(b);
    if (start === null || end === null || end < start) return null;
    for (let d = start; d <= end; d++) out.add(d);
  }
  return out.size === 0 ? null : ([...out].sort((x, y) => x - y) as IsoWeekday[]);
}

/** "1,2,3,4,5" as stored in SQLite. */
export const weekdaysToText = (days: readonly IsoWeekday[]): string => days.join(',');

export function weekdaysFromText(text: string): IsoWeekday[] {
  return text
    .split(',')
    .filter(Boolean)
    .map(Number)
    .filter((n): n is IsoWeekday => Number.isInteger(n) && n >= 1 && n <= 7);
}

/** A Tempo team, as the "Import from Tempo team" picker lists it. */
export interface TempoTeamView {
  id: number;
  name: string;
}

/** The Tempo team "my team" follows, with how its last import went. */
export interface TempoTeamLinkView {
  instanceId: string;
  teamId: number;
  teamName: string;
  /** Members of the Tempo team now (its active memberships). */
  members: number;
  /** People this import added to / removed from "my team" (hand-picked members are never removed). */
  added: number;
  removed: number;
}

/** The Tempo team "my team" follows now, with each member's commitment at the last import (for the team dialog). */
export interface TempoTeamLinkState {
  instanceId: string;
  teamId: number;
  teamName: string;
  /** Commitment percent per account id (Tempo's active membership). */
  commitments: Array<{ accountId: string; commitmentPercent: number }>;
}

export const tempoTeamsInputSchema = z.object({ instanceId: z.string().uuid() }).strict();
export const linkTempoTeamInputSchema = z.object({ instanceId: z.string().uuid(), teamId: z.number().int().positive() }).strict();
