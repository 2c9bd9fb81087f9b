import type { TimesheetApprovals } from '../../../../shared/domain/approvals';
import { Button } from '../../components/button';
import { formatDateTime, formatRelativeTime } from '../../format';

/**
 * Above the grid when "my team" follows a Tempo team: whose approval statuses these are and when
 * they were read, why the last read failed (if it did), and the "Not submitted" filter.
 */
export function ApprovalsBar({ approvals, notSubmitted, onToggle, now }: { approvals: TimesheetApprovals; notSubmitted: boolean; onToggle(on: boolean): void; now: Date }) {
  return (
    <div className="ts-approvals-bar" data-testid="approvals-bar">
      <Button size="sm" variant={notSubmitted ? 'primary' : 'secondary'} aria-pressed={notSubmitted} onClick={() => onToggle(!notSubmitted)} title="Show only people whose timesheet is open, rejected or without a status">
        Not submitted
      </Button>
      <span>
        Approval status from Tempo team “{approvals.teamName}”
        {approvals.syncedAt ? (
          <>
            {' '}
            · read <time dateTime={approvals.syncedAt} title={formatDateTime(approvals.syncedAt)}>{formatRelativeTime(approvals.syncedAt, now)}</time>
          </>
        ) : (
          ' · not read for this period yet: sync it to see who has submitted'
        )}
      </span>
      {approvals.problem && (
        <span className="ts-approvals-bar__problem" role="status">
          {approvals.problem}
        </span>
      )}
    </div>
  );
}
