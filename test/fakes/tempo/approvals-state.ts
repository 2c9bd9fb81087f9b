/** Tempo's approval status of one person's timesheet for one period, as the fake holds it. */
export interface FakeApprovalStatus {
  /** The published spec's keys. */
  key: 'OPEN' | 'IN_REVIEW' | 'APPROVED';
  /** Who set the status: the owner (submit/recall) or a reviewer (approve, reject → OPEN, reopen). Default: the owner. */
  actor?: string;
  comment?: string;
}

/** Timesheet approvals in the fake Tempo. */
export interface FakeTempoApprovals {
  /** The approval period (Tempo's period setting): calendar months or ISO weeks (Monday first). */
  period: 'month' | 'week';
  /** Status per `${accountId}|${periodFrom}`; anyone else is OPEN (never submitted). */
  statuses: Map<string, FakeApprovalStatus>;
  /** The reviewer Tempo names for each timesheet (null: none). */
  reviewer: string | null;
  /** Teams whose approvals the token may not view: 403, as Tempo answers without the permission. */
  forbiddenTeams: Set<number>;
}

export const approvalKey = (accountId: string, periodFrom: string): string => `${accountId}|${periodFrom}`;

export function defaultApprovals(): FakeTempoApprovals {
  return { period: 'month', statuses: new Map(), reviewer: null, forbiddenTeams: new Set() };
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** The approval period holding `date` (YYYY-MM-DD). */
export function periodOf(kind: FakeTempoApprovals['period'], date: string): { from: string; to: string } {
  const d = new Date(`${date}T00:00:00Z`);
  if (kind === 'month') {
    return { from: iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1))), to: iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0))) };
  }
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  return { from: iso(monday), to: iso(new Date(monday.getTime() + 6 * 86_400_000)) };
}

/** Every period overlapping [from, to], oldest first. */
export function periodsOver(kind: FakeTempoApprovals['period'], from: string, to: string): Array<{ from: string; to: string }> {
  const out: Array<{ from: string; to: string }> = [];
  let p = periodOf(kind, from);
  while (p.from <= to && out.length < 400) {
    out.push(p);
    p = periodOf(kind, iso(new Date(Date.parse(`${p.to}T00:00:00Z`) + 86_400_000)));
  }
  return out;
}
