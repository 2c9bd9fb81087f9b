import { READER_DAY_NOTE } from '../../../shared/domain/zoned-day';

/**
 * The author hides their time zone in Jira, so this worklog's day is the reader's (the zone of the
 * account that synced), not necessarily the author's: a small clock beside the date says so, in
 * its tooltip and accessible label. Used by the Worklogs table and the Timesheet's cell dialog.
 */
export function ReaderDayMark({ withText = false }: { withText?: boolean }) {
  return (
    <span className="reader-day-mark" role="img" aria-label={READER_DAY_NOTE} title={READER_DAY_NOTE} data-testid="reader-day-mark">
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      {withText && <span aria-hidden="true">Day in your time zone</span>}
    </span>
  );
}
