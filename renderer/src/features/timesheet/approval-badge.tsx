import type { PersonApproval } from '../../../../shared/domain/approvals';
import { APPROVAL_WORDS, approvalTooltip } from './approval-words';
import './timesheet-approvals.css';

/** A person's Tempo timesheet approval, beside their name; nothing for people outside the Tempo team. */
export function ApprovalBadge({ approval }: { approval: PersonApproval | undefined }) {
  if (!approval) return null;
  const several = approval.periods.length > 1;
  return (
    <span className={`ts-approval ts-approval--${approval.status}`} title={approvalTooltip(approval)} data-testid="approval-status" data-status={approval.status}>
      <span className="visually-hidden">Timesheet approval: </span>
      {APPROVAL_WORDS[approval.status]}
      {several && (
        <span aria-hidden="true" className="ts-approval__more">
          {' '}
          ({approval.periods.length})
        </span>
      )}
      {several && <span className="visually-hidden">, least advanced of {approval.periods.length} approval periods</span>}
    </span>
  );
}
