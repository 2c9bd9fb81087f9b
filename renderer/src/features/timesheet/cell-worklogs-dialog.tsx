import { useEffect, useState } from 'react';
import type { WorklogView } from '../../../../shared/domain/worklog';
import { readCellWorklogs } from './timesheet-api';
import { errorMessage } from '../../api-error';
import { Dialog } from '../../components/dialog';
import { ReaderDayMark } from '../../components/reader-day-mark';
import { InlineAlert } from '../../components/inline-alert';
import { Spinner } from '../../components/spinner';
import { formatHours } from '../../format';
import type { CellRef } from './timesheet-grid';
import { leaveKind, leaveWords, longDay } from './timesheet-format';
import { capitalised } from './anomaly-words';

/**
 * The worklogs behind one cell: that person's, on that date, over the instances the grid shows.
 * `reasons`: why the day is flagged, when anomalies are shown (said first, before the worklogs).
 */
export function CellWorklogsDialog({ target, instanceIds, onClose, reasons = [] }: { target: CellRef; instanceIds?: string[]; onClose(): void; reasons?: readonly string[] }) {
  const { person, cell, day } = target;
  const [rows, setRows] = useState<WorklogView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    readCellWorklogs(cell.date, person.accountId, instanceIds)
      .then((r) => live && setRows(r))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [cell.date, person.accountId, instanceIds]);

  const total = rows?.reduce((s, w) => s + w.seconds, 0) ?? 0;
  const instances = new Set(rows?.map((w) => w.instanceId));

  return (
    <Dialog
      title={person.name}
      onClose={onClose}
      description={
        <>
          {reasons.length > 0 && (
            <div className="ts-dialog__anomalies" data-testid="anomaly-reasons">
              <span className="ts-anomaly-mark ts-anomaly-mark--inline" aria-hidden="true">
                !
              </span>
              <span>
                <strong>Flagged:</strong> {reasons.map(capitalised).join('; ')}
              </span>
            </div>
          )}
          <div className="ts-dialog__summary">
            <span>{longDay(cell.date)}</span>
            <span aria-hidden="true">·</span>
            <span>
              {formatHours(cell.loggedSeconds)} logged of {formatHours(cell.expectedSeconds)} expected
            </span>
            {day.holiday && <span className="ts-dialog__chip">Holiday: {day.holiday}</span>}
            {cell.leaves.map((l, i) => (
              <span key={i} className={`ts-dialog__chip ts-dialog__chip--leave ts-dialog__chip--${leaveKind(l.type)} ${l.approved ? '' : 'is-pending'}`}>
                {leaveWords(l)}
              </span>
            ))}
          </div>
        </>
      }
    >
      {error ? (
        <InlineAlert tone="error" title="Could not load the worklogs">
          {error}
        </InlineAlert>
      ) : rows === null ? (
        <div className="loading-row">
          <Spinner /> Loading worklogs…
        </div>
      ) : rows.length === 0 ? (
        <p className="ts-dialog__empty">No worklogs on this day.</p>
      ) : (
        <>
            <ul className="ts-worklogs" aria-label="Worklogs">
              {rows.map((w) => (
                <li key={`${w.instanceId}:${w.source}:${w.sourceId}`} className="ts-worklog">
                  <div className="ts-worklog__head">
                    <span className="ts-worklog__key">{w.issueKey ?? `#${w.issueId}`}</span>
                    <span className="ts-worklog__summary u-ellipsis" title={w.issueSummary ?? undefined}>
                      {w.issueSummary ?? 'Issue not synced'}
                    </span>
                    <span className="ts-worklog__hours" data-seconds={w.seconds}>
                      {formatHours(w.seconds)}
                    </span>
                  </div>
                  {(w.comment || instances.size > 1 || w.dayFromReaderZone) && (
                    <div className="ts-worklog__meta u-muted">
                      {w.dayFromReaderZone && <ReaderDayMark withText />}
                      {instances.size > 1 && <span className="ts-worklog__instance">{w.instance}</span>}
                      {w.comment && <span className="ts-worklog__comment">{w.comment}</span>}
                    </div>
                  )}
                </li>
              ))}
            </ul>
            <div className="ts-worklogs__total u-muted">
              <span>
                {rows.length} {rows.length === 1 ? 'worklog' : 'worklogs'}
              </span>
              <span data-testid="worklogs-total">Total {formatHours(total)}</span>
            </div>
        </>
      )}
    </Dialog>
  );
}
