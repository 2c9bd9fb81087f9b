import { AppError } from '../errors.js';
import type { Logger } from '../ports.js';
import type { Db } from '../store/open-database.js';
import type { TempoApprovalsClient } from '../tempo/tempo-approvals-client.js';
import { approvalsRepo } from './approvals-repo.js';

export interface TempoApprovalsSyncInput {
  instanceId: string;
  instanceName: string;
  teamId: number;
  from: string;
  to: string;
  client: Pick<TempoApprovalsClient, 'periods' | 'teamApprovals'>;
  signal?: AbortSignal;
  /** "Full refresh": read the statuses again, however recently they were read. */
  full?: boolean;
  now(): string;
}

/**
 * How long stored statuses of a range count as current. They change when people submit and
 * reviewers approve — more often than schedules, so a shorter window than theirs (6 h) — yet a
 * quiet one-click or background re-sync within it adds no requests. "Full refresh" reads them at once.
 */
export const APPROVALS_FRESH_MS = 15 * 60 * 1000;

/** The plain-words reason a read failed, for the Timesheet; a 403 names the permission. */
function problemOf(e: unknown, instanceName: string): string {
  if (e instanceof AppError && e.status === 403) {
    return `Tempo for '${instanceName}' refused to show this team's timesheet approvals (403): the account behind the Tempo token needs permission to view or approve the team's timesheets. Worklogs still synced.`;
  }
  return `Approval statuses were not read: ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * Reads the linked Tempo team's timesheet approvals of the periods that overlap [from, to]
 * (`/4/periods`, then one `/4/timesheet-approvals/team/{id}` per period) and stores them. Runs
 * after the instance's worklogs; a refused read (say, a token without the approval permission)
 * keeps the statuses stored before, is logged as a warning and recorded for the Timesheet —
 * the worklog sync that already succeeded stays a success.
 */
export async function syncTempoApprovals(db: Db, log: Logger, input: TempoApprovalsSyncInput): Promise<{ read: boolean; periods: number; problem: string | null }> {
  const repo = approvalsRepo(db);
  const freshSince = new Date(Date.parse(input.now()) - APPROVALS_FRESH_MS).toISOString();
  if (!input.full && repo.freshSince(input.teamId, input.from, input.to, freshSince)) return { read: false, periods: 0, problem: null };
  try {
    const periods = await input.client.periods(input.from, input.to, input.signal);
    const read = [];
    for (const period of periods) read.push({ period, approvals: await input.client.teamApprovals(input.teamId, period, input.signal) });
    const at = input.now();
    repo.replace(input.instanceId, input.teamId, read, at);
    repo.recordRead(input.instanceId, input.teamId, at, null);
    return { read: true, periods: periods.length, problem: null };
  } catch (e) {
    if (input.signal?.aborted) throw e;
    const problem = problemOf(e, input.instanceName);
    log.warn('tempo approvals not read', { instance: input.instanceName, teamId: input.teamId, reason: e instanceof Error ? e.message : String(e) });
    repo.recordRead(input.instanceId, input.teamId, input.now(), problem);
    return { read: true, periods: 0, problem };
  }
}
