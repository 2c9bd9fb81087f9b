/**
 * A person's Tempo timesheet approval, as the Timesheet shows it (read-only: the app does not
 * approve or submit). Only members of the Tempo team "my team" follows have one.
 */
export const APPROVAL_STATUSES = ['open', 'submitted', 'approved', 'rejected'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** One approval period of Tempo that overlaps the Timesheet's period. */
export interface ApprovalPeriod {
  from: string;
  to: string;
  status: ApprovalStatus;
  requiredSeconds: number;
  timeSpentSeconds: number;
  /** The reviewer's name, when Tempo names one and the app knows their name (never a bare account id). */
  reviewer: string | null;
}

export interface PersonApproval {
  /**
   * The least advanced status over the periods that overlap the Timesheet's period (rejected,
   * then open, submitted, approved); 'none' when Tempo sent no approval for this team member.
   */
  status: ApprovalStatus | 'none';
  /** Each overlapping period (several when, say, a month view spans weekly periods), oldest first. */
  periods: ApprovalPeriod[];
}

/** Whether the Timesheet's "Not submitted" filter keeps this approval (open, rejected or nothing sent). */
export const isNotSubmitted = (a: PersonApproval): boolean => a.status === 'open' || a.status === 'rejected' || a.status === 'none';

/** What the Timesheet knows about approvals as a whole. */
export interface TimesheetApprovals {
  /** The Tempo team whose approvals these are. */
  teamName: string;
  /** When the statuses shown were read from Tempo; null: never yet (sync to read them). */
  syncedAt: string | null;
  /** Why the last read failed (plain words), when it did; the statuses shown are the ones stored before. */
  problem: string | null;
}
