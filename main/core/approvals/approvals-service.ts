import type { ApprovalPeriod, ApprovalStatus, PersonApproval } from '../../../shared/domain/approvals.js';
import type { Timesheet } from '../../../shared/domain/timesheet.js';
import type { Clock, Logger } from '../ports.js';
import type { Db } from '../store/open-database.js';
import type { TempoApprovalsClient } from '../tempo/tempo-approvals-client.js';
import { approvalsRepo } from './approvals-repo.js';
import { syncTempoApprovals } from './tempo-approvals-sync.js';

/** The Tempo team "my team" follows (the tempo-teams slice provides it). */
export interface LinkedTempoTeam {
  instanceId: string;
  teamId: number;
  teamName: string;
}

export interface ApprovalsServiceDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  linkedTeam(): LinkedTempoTeam | null;
  /** An approvals client for an instance with a Tempo token. */
  client(instanceId: string): Promise<Pick<TempoApprovalsClient, 'periods' | 'teamApprovals'>>;
}

/** Least advanced first: the status a lead must act on wins when several periods overlap. */
const RANK: Record<ApprovalStatus, number> = { rejected: 0, open: 1, submitted: 2, approved: 3 };

export function worstStatus(periods: readonly ApprovalPeriod[]): ApprovalStatus {
  return periods.reduce<ApprovalStatus>((w, p) => (RANK[p.status] < RANK[w] ? p.status : w), 'approved');
}

/** Tempo timesheet approvals: read during sync, shown on the Timesheet offline. */
export function createApprovalsService(deps: ApprovalsServiceDeps) {
  const repo = approvalsRepo(deps.db);
  const statusesOf = (teamId: number, from: string, to: string, accountIds: readonly string[]): Map<string, PersonApproval> => {
    const stored = repo.byAccount(teamId, from, to);
    const members = repo.teamMembersDuring(from, to);
    const reviewers = repo.names([...new Set([...stored.values()].flat().flatMap((a) => (a.reviewerAccountId ? [a.reviewerAccountId] : [])))]);
    const out = new Map<string, PersonApproval>();
    for (const id of accountIds) {
      const mine = stored.get(id);
      if (mine && mine.length > 0) {
        const periods = mine.map(({ reviewerAccountId, ...a }) => ({ ...a, reviewer: reviewerAccountId ? (reviewers.get(reviewerAccountId) ?? null) : null }));
        out.set(id, { status: worstStatus(periods), periods });
      } else if (members.has(id)) {
        out.set(id, { status: 'none', periods: [] });
      }
    }
    return out;
  };
  return {
    /** After a Tempo sync of `instanceId`: reads the linked team's approvals when the team lives there. */
    async afterSync(input: { instanceId: string; instanceName: string; from: string; to: string; full: boolean; signal: AbortSignal }) {
      const link = deps.linkedTeam();
      if (!link || link.instanceId !== input.instanceId) return null;
      const client = await deps.client(input.instanceId);
      return syncTempoApprovals(deps.db, deps.log, { ...input, teamId: link.teamId, client, now: () => deps.clock.now().toISOString() });
    },

    /**
     * The Timesheet with each person's approval status for its period: members of the linked Tempo
     * team get the least advanced status of the approval periods that overlap it ('none' when Tempo
     * sent nothing for them); everyone else gets none at all.
     */
    withApprovals(sheet: Timesheet): Timesheet {
      const link = deps.linkedTeam();
      if (!link) return sheet;
      const byPerson = statusesOf(link.teamId, sheet.from, sheet.to, sheet.people.map((p) => p.accountId));
      const people = sheet.people.map((p) => {
        const approval = byPerson.get(p.accountId);
        return approval ? { ...p, approval } : p;
      });
      const last = repo.lastRead(link.teamId);
      return { ...sheet, people, approvals: { teamName: link.teamName, syncedAt: repo.syncedAt(link.teamId, sheet.from, sheet.to), problem: last?.error ?? null } };
    },

    /** The same statuses for any list of people (the `hours --json` CLI); empty when no Tempo team is linked. */
    statusesFor(from: string, to: string, accountIds: readonly string[]): Map<string, PersonApproval> {
      const link = deps.linkedTeam();
      return link ? statusesOf(link.teamId, from, to, accountIds) : new Map();
    },
  };
}

export type ApprovalsService = ReturnType<typeof createApprovalsService>;
