import { ProgressBar } from '../../components/progress-bar';
import { useSyncStore } from '../../stores/sync-store';
import { plural } from '../../format';
import { phaseWords } from '../sync/sync-port';
import './inline-sync-progress.css';

/**
 * The progress of a sync started from a page's empty state, shown right there, so the lead stays
 * on the page that asked for the data (it reloads by itself when the sync finishes).
 */
export function InlineSyncProgress({ range }: { range: { from: string; to: string } }) {
  const progress = useSyncStore((s) => s.progress);
  const ran = useSyncStore((s) => s.range);
  const error = useSyncStore((s) => s.actionError);
  if (error) return <p className="inline-sync__error" role="alert">{error}</p>;
  if (!ran || ran.from !== range.from || ran.to !== range.to || progress.length === 0) return null;
  return (
    <ul className="inline-sync" aria-label="Sync progress" aria-live="polite">
      {progress.map((p) => (
        <li key={p.instanceId} className="inline-sync__item">
          <span className="inline-sync__name">{p.instanceName}</span>
          <span className="inline-sync__phase">
            {phaseWords(p)}
            {p.done > 0 ? ` · ${plural(p.done, 'worklog')}` : ''}
          </span>
          <ProgressBar
            label={`Sync of ${p.instanceName}`}
            value={p.status === 'running' ? p.done : 1}
            max={p.status === 'running' ? p.total : 1}
            tone={p.status === 'failed' ? 'danger' : p.status === 'running' ? 'accent' : 'success'}
          />
          {p.message && <span className="inline-sync__message">{p.message}</span>}
        </li>
      ))}
    </ul>
  );
}
