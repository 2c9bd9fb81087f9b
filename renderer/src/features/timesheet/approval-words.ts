import type { ApprovalPeriod, PersonApproval } from '../../../../shared/domain/approvals';
import { formatHours } from '../../format';
import { shortDay } from './timesheet-format';

/** The status as the badge says it: words, never colour alone. */
export const APPROVAL_WORDS: Record<PersonApproval['status'], string> = {
  open: 'Open',
  submitted: 'Submitted',
  approved: 'Approved',
  rejected: 'Rejected',
  none: 'No status',
};

const periodWords = (p: ApprovalPeriod): string => {
  const reviewer = p.reviewer ? `, reviewer ${p.reviewer}` : '';
  return `${shortDay(p.from)} – ${shortDay(p.to)}: ${APPROVAL_WORDS[p.status].toLowerCase()} (${formatHours(p.timeSpentSeconds)} logged of ${formatHours(p.requiredSeconds)} required${reviewer})`;
};

/** The tooltip: each approval period behind the badge, and why one status stands for several. */
export function approvalTooltip(a: PersonApproval): string {
  if (a.status === 'none') return 'Tempo sent no timesheet approval for this person and period. Sync to read it again.';
  const first = a.periods[0];
  if (a.periods.length === 1 && first) return `Timesheet approval in Tempo — ${periodWords(first)}`;
  return [
    `${a.periods.length} Tempo approval periods overlap this period; the badge shows the least advanced (${APPROVAL_WORDS[a.status].toLowerCase()}).`,
    ...a.periods.map(periodWords),
  ].join('\n');
}
