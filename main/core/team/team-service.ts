import type { z } from 'zod';
import type { TeamAddInput, TeamMember, TeamUpdateInput } from '../../../shared/domain/team.js';
import {
  DEFAULT_DAILY_SECONDS,
  DEFAULT_WORKING_WEEKDAYS,
  teamAddInputSchema,
  teamRemoveInputSchema,
  teamUpdateInputSchema,
} from '../../../shared/domain/team.js';
import { AppError } from '../errors.js';
import type { Db } from '../store/open-database.js';
import { teamRepo } from './team-repo.js';

/** The first schema issue as one sentence (the schemas' messages are written for users). */
function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new AppError('validation', `${where}${issue?.message ?? 'Invalid input.'}`);
}

/**
 * "My team": who the lead tracks, with their daily hours and working weekdays (used by expected
 * hours). Membership is by Atlassian account id, which is the same on every instance.
 */
export function teamService(db: Db, now: () => Date = () => new Date()) {
  const repo = teamRepo(db);
  const mustGet = (accountId: string): TeamMember => {
    const m = repo.get(accountId);
    if (!m) throw new AppError('not_found', `${accountId} is not in your team. See who is with "team list".`);
    return m;
  };
  return {
    list: (): TeamMember[] => repo.list(),
    /** The member, or null for someone not in the team. */
    get: (accountId: string): TeamMember | null => repo.get(accountId),
    add(input: TeamAddInput): TeamMember {
      const p = parse(teamAddInputSchema, input);
      if (repo.get(p.accountId)) throw new AppError('conflict', `${p.accountId} is already in your team.`);
      const member: TeamMember = {
        accountId: p.accountId,
        displayName: p.displayName || repo.knownName(p.accountId) || p.accountId,
        dailySeconds: p.dailySeconds ?? DEFAULT_DAILY_SECONDS,
        workingWeekdays: p.workingWeekdays ?? [...DEFAULT_WORKING_WEEKDAYS],
        addedAt: now().toISOString(),
      };
      repo.insert(member);
      return member;
    },
    update(input: TeamUpdateInput): TeamMember {
      const p = parse(teamUpdateInputSchema, input);
      const before = mustGet(p.accountId);
      const after: TeamMember = {
        ...before,
        ...(p.displayName !== undefined ? { displayName: p.displayName } : {}),
        ...(p.dailySeconds !== undefined ? { dailySeconds: p.dailySeconds } : {}),
        ...(p.workingWeekdays !== undefined ? { workingWeekdays: p.workingWeekdays } : {}),
      };
      repo.update(after);
      return after;
    },
    remove(input: { accountId: string }): { removed: boolean } {
      const p = parse(teamRemoveInputSchema, input);
      mustGet(p.accountId);
      return { removed: repo.remove(p.accountId) };
    },
  };
}

export type TeamService = ReturnType<typeof teamService>;
