import type { ApprovalStatus } from '../../../shared/domain/approvals.js';
import { AppError } from '../errors.js';
import { bearer } from '../http/auth-headers.js';
import type { HttpClient } from '../http/http-types.js';
import type { Credentials } from '../ports.js';
import { normalizeTempoBaseUrl } from './tempo-client.js';
import { tempoPeriodsSchema, tempoTimesheetApprovalResultsSchema } from './tempo-schemas.js';

export interface TempoPeriod {
  from: string;
  to: string;
}

/** One member's timesheet approval for one period, in the app's words. */
export interface TempoApproval {
  accountId: string;
  from: string;
  to: string;
  status: ApprovalStatus;
  /** Tempo's own key (OPEN, IN_REVIEW, APPROVED…), kept as sent. */
  rawStatus: string;
  requiredSeconds: number;
  timeSpentSeconds: number;
  reviewerAccountId: string | null;
}

/**
 * Tempo's status key in the app's words. Tempo has no REJECTED key in its published spec: a
 * reviewer's "reject" puts the timesheet back to OPEN with the reviewer as the status's actor. So
 * OPEN set by someone other than the timesheet's owner reads as "rejected" (sent back), OPEN by
 * the owner (or nobody) as "open". IN_REVIEW is "submitted".
 */
export function approvalStatusOf(key: string, ownerAccountId: string, actorAccountId: string | null | undefined): ApprovalStatus {
  const k = key.toUpperCase();
  if (k === 'APPROVED') return 'approved';
  if (k === 'IN_REVIEW' || k === 'SUBMITTED' || k === 'WAITING_FOR_APPROVAL') return 'submitted';
  if (k === 'REJECTED') return 'rejected';
  if (k === 'OPEN' && actorAccountId && actorAccountId !== ownerAccountId) return 'rejected';
  // OPEN, or a key Tempo adds later: nothing submitted that the app knows of.
  return 'open';
}

/**
 * Reads timesheet approvals (`/4/periods`, `/4/timesheet-approvals/team/{teamId}`) — read-only:
 * approving is a write the app does not do.
 */
export function createTempoApprovalsClient(http: HttpClient, c: Credentials) {
  const connect = () => {
    const token = c.tempoToken?.trim() ?? '';
    if (token === '') throw new AppError('auth', `No Tempo token is saved for '${c.name}': add one in Settings to read timesheet approvals.`);
    return { baseUrl: normalizeTempoBaseUrl(c.tempoBaseUrl), headers: { Authorization: bearer(token) } };
  };
  return {
    /** The approval periods (Tempo's period setting: months, weeks…) that overlap [from, to]. */
    async periods(from: string, to: string, signal?: AbortSignal): Promise<TempoPeriod[]> {
      const conn = connect();
      const answer = await http.request({ service: 'tempo', instanceName: c.name, url: `${conn.baseUrl}/4/periods`, query: { from, to }, headers: conn.headers, schema: tempoPeriodsSchema, signal });
      return answer.periods
        .filter((p) => p.from <= p.to && p.to >= from && p.from <= to)
        .map((p) => ({ from: p.from, to: p.to }))
        .sort((a, b) => a.from.localeCompare(b.from));
    },

    /** Each team member's approval for one period (the endpoint answers in one response, no paging). */
    async teamApprovals(teamId: number, period: TempoPeriod, signal?: AbortSignal): Promise<TempoApproval[]> {
      const conn = connect();
      const answer = await http.request({
        service: 'tempo',
        instanceName: c.name,
        url: `${conn.baseUrl}/4/timesheet-approvals/team/${encodeURIComponent(String(teamId))}`,
        query: { from: period.from, to: period.to },
        headers: conn.headers,
        schema: tempoTimesheetApprovalResultsSchema,
        signal,
      });
      return answer.results.map((a) => ({
        accountId: a.user.accountId,
        from: a.period.from,
        to: a.period.to,
        status: approvalStatusOf(a.status?.key ?? 'OPEN', a.user.accountId, a.status?.actor?.accountId),
        rawStatus: a.status?.key ?? 'OPEN',
        requiredSeconds: a.requiredSeconds,
        timeSpentSeconds: a.timeSpentSeconds,
        reviewerAccountId: a.reviewer?.accountId ?? null,
      }));
    },
  };
}

export type TempoApprovalsClient = ReturnType<typeof createTempoApprovalsClient>;
