import type { WorklogView } from '../../../../shared/domain/worklog';
import { Dialog } from '../../components/dialog';
import { formatDate, formatHours } from '../../format';
import { openExternal } from '../../open-external';
import { issueUrl } from './columns';

/**
 * One worklog in full — what Enter opens from a table row: the table cuts long summaries and
 * comments, and a keyboard user needs somewhere to read them and a way on to the issue.
 */
export function WorklogDetailsDialog({ row, instanceUrl, onClose }: { row: WorklogView; instanceUrl: string | undefined; onClose(): void }) {
  const key = row.issueKey ?? `#${row.issueId}`;
  const url = issueUrl(instanceUrl, row.issueKey);
  const fields: [string, string][] = [
    ['Date', formatDate(`${row.date}T00:00:00`)],
    ['Issue', `${key} — ${row.issueSummary ?? 'Issue not synced'}`],
    ['Epic', row.epicName ?? row.epicKey ?? '—'],
    ['Project', row.projectName ?? row.projectKey ?? '—'],
    ['Author', row.authorName ?? row.authorAccountId],
    ['Instance', row.instance],
    ['Hours', formatHours(row.seconds)],
    ['Comment', row.comment ?? '—'],
  ];
  return (
    <Dialog
      title={`${key} · ${formatHours(row.seconds)}`}
      onClose={onClose}
      footer={
        url ? (
          <button type="button" className="btn btn--secondary" onClick={() => void openExternal(url)}>
            Open {key} in Jira
          </button>
        ) : undefined
      }
    >
      <dl className="wl-details">
        {fields.map(([term, value]) => (
          <div key={term} className="wl-details__row">
            <dt>{term}</dt>
            <dd data-field={term.toLowerCase()}>{value}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
