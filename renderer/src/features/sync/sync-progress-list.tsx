import { useId } from 'react';
import type { InstanceView } from '../../../../shared/domain/instance';
import type { SyncProgress } from '../../../../shared/domain/sync';
import { AlertIcon, CheckIcon, XIcon } from '../../components/icons';
import { ProgressBar } from '../../components/progress-bar';
import { Spinner } from '../../components/spinner';
import { useSyncStore } from '../../stores/sync-store';
import { SourceBadge, instanceSource } from './source-badge';
import { formatRange, phaseWords, plural } from './sync-format';

function StatusIcon({ p }: { p: SyncProgress }) {
  switch (p.status) {
    case 'running':
      return <Spinner size={14} />;
    case 'ok':
      return <CheckIcon size={14} />;
    case 'failed':
      return <AlertIcon size={14} />;
    case 'cancelled':
      return <XIcon size={14} />;
  }
}

const TONE = { running: 'accent', ok: 'success', failed: 'danger', cancelled: 'neutral' } as const;

/** Main's cancel message repeats "Cancelled", which the row already says: keep the part that adds something. */
function messageOf(p: SyncProgress): string | null {
  if (!p.message) return null;
  if (p.status !== 'cancelled') return p.message;
  const rest = p.message.replace(/^Cancelled\s*[—–-]\s*/u, '');
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

function ProgressRow({ p, instance }: { p: SyncProgress; instance: InstanceView | undefined }) {
  const nameId = useId();
  const words = phaseWords(p);
  const count = plural(p.done, 'worklog');
  const finished = p.status !== 'running';
  // Jira's search pages carry no total: until the last page the bar can only say "working".
  const known = finished || (p.total !== null && p.total > 0);
  return (
    <li className={`sync-progress__item sync-progress__item--${p.status}`} aria-labelledby={nameId}>
      <span className="sync-progress__icon" aria-hidden="true">
        <StatusIcon p={p} />
      </span>
      <div className="sync-progress__main">
        <div className="sync-progress__line u-row">
          <span className="sync-progress__name u-ellipsis" id={nameId}>
            {p.instanceName}
          </span>
          {instance && <SourceBadge source={instanceSource(instance)} />}
          <span className="sync-progress__phase u-ellipsis u-muted">{words}</span>
          {(p.done > 0 || p.status === 'running' || p.status === 'ok') && <span className="sync-progress__count u-muted">{count}</span>}
        </div>
        {(p.status === 'running' || p.status === 'ok') && (
          <ProgressBar
          label={`${p.instanceName} progress`}
          value={known ? (finished ? 1 : p.done) : null}
          max={known ? (finished ? 1 : (p.total ?? 1)) : null}
          tone={TONE[p.status]}
          valueText={`${words} ${count}`}
        />
        )}
        {finished && messageOf(p) && <p className={`sync-progress__message sync-progress__message--${p.status}`}>{messageOf(p)}</p>}
      </div>
    </li>
  );
}

/** One row per instance of the running (or last) sync, fed by sync.progress events. */
export function SyncProgressList({ instances }: { instances: InstanceView[] }) {
  const progress = useSyncStore((s) => s.progress);
  const running = useSyncStore((s) => s.running);
  const range = useSyncStore((s) => s.range);
  const headingId = useId();
  const byId = new Map(instances.map((i) => [i.id, i]));
  const failed = progress.filter((p) => p.status === 'failed').length;
  const title = running ? 'Syncing' : failed > 0 ? 'Last sync — with problems' : 'Last sync';
  return (
    <section className="sync-progress" aria-labelledby={headingId}>
      <h3 className="sync-progress__title" id={headingId}>
        {title}
        {range && <span className="sync-progress__range u-hint">{formatRange(range.from, range.to)}</span>}
      </h3>
      <ul className="sync-progress__list" aria-label="Sync progress">
        {progress.map((p) => (
          <ProgressRow key={p.instanceId} p={p} instance={byId.get(p.instanceId)} />
        ))}
      </ul>
    </section>
  );
}
