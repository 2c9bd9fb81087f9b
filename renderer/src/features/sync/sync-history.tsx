import type { SyncRunView } from '../../../../shared/domain/sync';
import { Badge } from '../../components/badge';
import { AlertIcon, ClockIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { Spinner } from '../../components/spinner';
import { formatDateTime } from '../../format';
import { useNow } from '../../hooks/use-now';
import { HISTORY_LIMIT, useSyncStore } from '../../stores/sync-store';
import { SettingsSection } from '../settings/settings-port';
import { SourceBadge } from './source-badge';
import { STATUS_WORDS, formatCount, formatDuration, formatRange, formatStarted, runDuration } from './sync-format';

function StatusBadge({ status, note }: { status: SyncRunView['status']; note?: string | undefined }) {
  switch (status) {
    case 'ok':
      return <Badge tone="success">OK</Badge>;
    case 'failed':
      return <Badge tone="danger">{STATUS_WORDS.failed}</Badge>;
    case 'cancelled':
      return <Badge title={note}>{STATUS_WORDS.cancelled}</Badge>;
    case 'running':
      return (
        <Badge tone="accent">
          <Spinner size={10} />
          {STATUS_WORDS.running}
        </Badge>
      );
  }
}

const COLUMNS = 12;

function HistoryRows({ run, now, first }: { run: SyncRunView; now: Date; first: boolean }) {
  // Main writes a run's numbers when it ends; until then a 0 would read as "nothing found".
  const n = (value: number) => <td className="num">{run.status === 'running' ? <span aria-label="not known yet">—</span> : formatCount(value)}</td>;
  // Failures get their message in full under the row; "cancelled" says all there is to say in the badge.
  const problem = run.status === 'failed' ? (run.error ?? { code: 'unknown', message: 'The sync stopped without saying why. The log file has the details.' }) : null;
  return (
    <>
      <tr className={['history__row', first ? 'history__row--run-start' : '', problem ? 'has-detail' : ''].filter(Boolean).join(' ')} data-status={run.status}>
        <td className="history__started">
          <time dateTime={run.startedAt} title={formatDateTime(run.startedAt)}>
            {formatStarted(run.startedAt, now)}
          </time>
        </td>
        <td className="history__instance" title={run.instanceName}>
          {run.instanceName}
        </td>
        <td>
          <SourceBadge source={run.source} />
        </td>
        <td className="history__range">{formatRange(run.from, run.to)}</td>
        <td>
          <StatusBadge status={run.status} note={run.error?.message} />
        </td>
        {n(run.counts.fetched)}
        {n(run.counts.inserted)}
        {n(run.counts.updated)}
        {n(run.counts.deleted)}
        {n(run.issuesRefreshed)}
        {n(run.requests)}
        <td className="num history__duration">{formatDuration(runDuration(run, now))}</td>
      </tr>
      {problem && (
        <tr className={`history__detail history__detail--${run.status}`} data-status={run.status}>
          <td colSpan={COLUMNS}>
            <div className="history__message">
              <AlertIcon size={14} className="history__message-icon" />
              <span>
                <span className="visually-hidden">{run.instanceName}: </span>
                {problem.message}
              </span>
            </div>
          </td>
        </tr>
      )}
    </>
  );
}

/** Every sync run, newest first: one row per instance, its error in full under it. */
export function SyncHistory() {
  const history = useSyncStore((s) => s.history);
  const status = useSyncStore((s) => s.historyStatus);
  const error = useSyncStore((s) => s.historyError);
  const anyRunning = history.some((r) => r.status === 'running');
  const now = useNow(anyRunning ? 1000 : 30_000);

  return (
    <SettingsSection id="sync-history" icon={<ClockIcon />} title="History" description={`The last ${HISTORY_LIMIT} syncs on this computer, newest first — one row per instance.`}>
      {status === 'error' && error && (
        <InlineAlert tone="error" title="Could not load the history">
          {error}
        </InlineAlert>
      )}
      {status === 'loading' && history.length === 0 && (
        <div className="loading-row">
          <Spinner /> Loading the history…
        </div>
      )}
      {status === 'ready' && history.length === 0 && (
        <div className="history-empty card">
          <p className="history-empty__title">No syncs yet</p>
          <p className="history-empty__text u-muted">Each sync adds a row here: what it fetched and changed, how long it took, and any error in full.</p>
        </div>
      )}
      {history.length > 0 && (
        <div className="history card">
          <table className="data-table history__table" aria-label="Sync history">
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Instance</th>
                <th scope="col">Source</th>
                <th scope="col">Range</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Fetched
                </th>
                <th scope="col" className="num">
                  Inserted
                </th>
                <th scope="col" className="num">
                  Updated
                </th>
                <th scope="col" className="num">
                  Deleted
                </th>
                <th scope="col" className="num history__th--two-lines" title="Issues read again because Jira reported them renamed, moved under another parent or epic, or moved to another project">
                  Issues refreshed
                </th>
                <th scope="col" className="num">
                  Requests
                </th>
                <th scope="col" className="num">
                  Duration
                </th>
              </tr>
            </thead>
            <tbody>
              {history.map((run, i) => (
                <HistoryRows key={run.id} run={run} now={now} first={i > 0 && history[i - 1]?.runId !== run.runId} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </SettingsSection>
  );
}
