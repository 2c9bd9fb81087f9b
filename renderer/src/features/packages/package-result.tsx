import { useState } from 'react';
import type { PackageStatus, PackageTargetView, PackageView, TargetStatus } from '../../../../shared/domain/packages';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { AlertIcon, SyncIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { Spinner } from '../../components/spinner';
import { errorMessage } from '../../api-error';
import { siteLabel } from '../../format';
import { usePackagesStore } from './packages-store';
import { IssueLink } from './issue-link';
import { STATUS_WORDS, plural } from './package-format';
import { PackageProgressList } from './package-progress';

export function StatusBadge({ status }: { status: PackageStatus | TargetStatus }) {
  switch (status) {
    case 'ok':
      return <Badge tone="success">{STATUS_WORDS.ok}</Badge>;
    case 'failed':
      return <Badge tone="danger">{STATUS_WORDS.failed}</Badge>;
    case 'partial':
      return (
        <span className="badge-warning">
          <Badge tone="danger" title="Some issues exist, some are missing: Retry finishes them">
            {STATUS_WORDS.partial}
          </Badge>
        </span>
      );
    case 'running':
      return (
        <Badge tone="accent">
          <Spinner size={10} />
          {STATUS_WORDS.running}
        </Badge>
      );
    case 'pending':
      return <Badge>{STATUS_WORDS.pending}</Badge>;
  }
}

function TargetCard({ view, target }: { view: PackageView; target: PackageTargetView }) {
  const created = target.children.filter((c) => c.issue).length + (target.parent ? 1 : 0);
  const total = target.children.length + 1;
  const linksMissing = target.links.filter((l) => !l.done).length;
  return (
    <li className={`pkg-target pkg-target--${target.status}`} aria-label={`${target.instanceName} · ${target.projectKey}`} data-testid="package-target">
      <header className="pkg-target__head u-row">
        <span className="pkg-target__where">
          <strong className="pkg-target__instance u-ellipsis">{target.instanceName}</strong>
          <span className="pkg-target__project">{target.projectKey}</span>
          <span className="pkg-target__site u-meta u-ellipsis" title={target.siteUrl}>
            {siteLabel(target.siteUrl)}
          </span>
        </span>
        <span className="pkg-target__count u-meta">{`${created} of ${plural(total, 'issue')}`}</span>
        <StatusBadge status={target.status} />
      </header>
      <ul className="pkg-issues">
        <li className="pkg-issue pkg-issue--parent">
          <span className="pkg-issue__key">{target.parent ? <IssueLink issue={target.parent} label={view.summary} /> : <span className="pkg-issue__missing">not created</span>}</span>
          <span className="pkg-issue__summary">{view.summary}</span>
          <span className="pkg-issue__role u-meta">parent</span>
        </li>
        {target.children.map((c) => (
          <li key={c.element} className="pkg-issue pkg-issue--child">
            <span className="pkg-issue__key">{c.issue ? <IssueLink issue={c.issue} label={c.name} /> : <span className="pkg-issue__missing">not created</span>}</span>
            <span className="pkg-issue__summary">{c.name}</span>
          </li>
        ))}
      </ul>
      {target.links.length > 0 && (
        <p className="pkg-target__links u-meta">
          {linksMissing === 0
            ? target.links.length === 1
              ? 'Parent linked to the parent on the other site.'
              : `Parent linked to the ${target.links.length} other parents.`
            : `${plural(linksMissing, 'link')} to the other parents not added yet.`}
        </p>
      )}
      {target.errors.length > 0 && (
        <ul className="pkg-errors" aria-label={`Problems on ${target.instanceName} · ${target.projectKey}`}>
          {target.errors.map((e, i) => (
            <li key={i} className="pkg-errors__item">
              <AlertIcon size={14} />
              <span>
                {e.element !== undefined && <strong>{`“${view.targets[target.index]?.children.find((c) => c.element === e.element)?.name ?? `Element ${e.element + 1}`}”: `}</strong>}
                {e.message}
              </span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** What exists of a package, per target, with Retry when something is missing. */
export function PackageResult({ view, onChange, headingLevel = 3 }: { view: PackageView; onChange?(next: PackageView): void; headingLevel?: 2 | 3 }) {
  const retry = usePackagesStore((s) => s.retry);
  const run = usePackagesStore((s) => s.run);
  const [error, setError] = useState<string | null>(null);
  const retrying = run?.kind === 'retry' && run.groupId === view.groupId;
  const canRetry = view.status === 'partial' || view.status === 'failed';
  const H = headingLevel === 2 ? 'h2' : 'h3';

  const doRetry = async (): Promise<void> => {
    setError(null);
    try {
      const next = await retry(view);
      onChange?.(next);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const summaryLine =
    view.status === 'ok'
      ? `Every issue exists on ${plural(view.targets.length, 'site')}, parents linked across them.`
      : view.status === 'failed'
        ? 'Nothing was created. Fix the problem below, then retry.'
        : view.status === 'running'
          ? 'Being created right now.'
          : 'Some issues were created, some are missing. Retry creates only what is missing — nothing twice.';

  return (
    <section className="pkg-result" aria-label={`Result of “${view.summary}”`} data-testid="package-result">
      <header className="pkg-result__head">
        <div className="pkg-result__titles">
          <H className="pkg-result__title">{view.summary}</H>
          <p className="pkg-result__line u-muted">{summaryLine}</p>
        </div>
        <StatusBadge status={view.status} />
        {canRetry && (
          <Button variant="primary" size="sm" icon={<SyncIcon />} pending={retrying} disabled={run !== null && !retrying} onClick={() => void doRetry()}>
            {retrying ? 'Retrying…' : 'Retry'}
          </Button>
        )}
      </header>
      {error && (
        <InlineAlert tone="error" title="The retry did not run">
          {error}
        </InlineAlert>
      )}
      {retrying && run && <PackageProgressList run={run} />}
      <ul className="pkg-targets">
        {view.targets.map((t) => (
          <TargetCard key={t.index} view={view} target={t} />
        ))}
      </ul>
    </section>
  );
}
