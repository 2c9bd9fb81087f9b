import { useEffect, useState } from 'react';
import type { LinkedIssues, PackageView } from '../../../../shared/domain/packages';
import { errorMessage } from '../../api-error';
import { EmptyState } from '../../components/empty-state';
import { ClockIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { Spinner } from '../../components/spinner';
import { formatDateTime, formatRelativeTime } from '../../format';
import { useNow } from '../../hooks/use-now';
import { usePackagesStore } from './packages-store';
import { IssueLink } from './issue-link';
import { packagesApi } from './packages-api';
import { PackageResult, StatusBadge } from './package-result';

function LinkedIssuesView({ groupId, version }: { groupId: string; version: string }) {
  const [state, setState] = useState<{ status: 'loading' } | { status: 'ready'; linked: LinkedIssues } | { status: 'error'; message: string }>({ status: 'loading' });
  useEffect(() => {
    // Keyed by group id in the parent: a new package starts from "loading"; a retry refreshes in place.
    let live = true;
    packagesApi.linked(groupId).then(
      (linked) => live && setState({ status: 'ready', linked }),
      (e: unknown) => live && setState({ status: 'error', message: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [groupId, version]);

  return (
    <section className="linked" aria-labelledby="linked-title">
      <h3 id="linked-title" className="linked__title">
        Linked issues
      </h3>
      <p className="linked__hint u-hint">
        Every issue created under this package, on every site. Group id <code className="tpl-code">{groupId}</code>
      </p>
      {state.status === 'loading' && (
        <div className="loading-row">
          <Spinner /> Loading the linked issues…
        </div>
      )}
      {state.status === 'error' && <InlineAlert tone="error">{state.message}</InlineAlert>}
      {state.status === 'ready' &&
        (state.linked.issues.length === 0 ? (
          <p className="linked__empty u-hint">No issue of this package exists yet.</p>
        ) : (
          <table className="linked__table" aria-label="Linked issues">
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Summary</th>
                <th scope="col">Role</th>
                <th scope="col">Site</th>
              </tr>
            </thead>
            <tbody>
              {state.linked.issues.map((i) => (
                <tr key={`${i.siteUrl}|${i.issue.key}`} className={`linked__row linked__row--${i.role}`}>
                  <td>
                    <IssueLink issue={i.issue} />
                  </td>
                  <td className="linked__summary">{i.summary}</td>
                  <td>{i.role === 'parent' ? 'Parent' : 'Child'}</td>
                  <td className="linked__site">
                    {i.instanceName} · {i.projectKey}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}

function HistoryItem({ p, selected, now, onSelect }: { p: PackageView; selected: boolean; now: Date; onSelect(): void }) {
  return (
    <li className={['pkg-history__item', selected ? 'is-selected' : ''].filter(Boolean).join(' ')} data-testid="package-history-item">
      <button type="button" className="pkg-history__select" aria-current={selected || undefined} onClick={onSelect}>
        <span className="pkg-history__top">
          <span className="pkg-history__summary">{p.summary}</span>
          <StatusBadge status={p.status} />
        </span>
        <span className="pkg-history__meta u-meta">
          {p.templateName} ·{' '}
          <time dateTime={p.createdAt} title={formatDateTime(p.createdAt)}>
            {formatRelativeTime(p.createdAt, now)}
          </time>
        </span>
      </button>
      <span className="pkg-history__targets">
        {p.targets.map((t) => (
          <span key={t.index} className="pkg-history__target">
            <span className="pkg-history__where">
              {t.instanceName} · {t.projectKey}
            </span>
            {t.parent ? <IssueLink issue={t.parent} /> : <span className="pkg-issue__missing">no parent</span>}
            {t.children.filter((c) => c.issue).length > 0 && <span className="pkg-history__more">+{t.children.filter((c) => c.issue).length}</span>}
          </span>
        ))}
      </span>
    </li>
  );
}

/** Every package, newest first; the chosen one in full with its linked issues and Retry. */
export function HistoryTab() {
  const history = usePackagesStore((s) => s.history);
  const status = usePackagesStore((s) => s.historyStatus);
  const error = usePackagesStore((s) => s.historyError);
  const selectedId = usePackagesStore((s) => s.selectedGroupId);
  const select = usePackagesStore((s) => s.select);
  const now = useNow(30_000);
  const selected = history.find((p) => p.groupId === selectedId) ?? history[0] ?? null;

  if (status === 'loading' && history.length === 0) {
    return (
      <div className="loading-row">
        <Spinner /> Loading the history…
      </div>
    );
  }
  if (status === 'ready' && history.length === 0) {
    return (
      <EmptyState icon={<ClockIcon size={22} />} title="No packages yet">
        <p>Each package you create shows up here: which issues exist on which site, what is missing, and a Retry that finishes it.</p>
      </EmptyState>
    );
  }

  return (
    <div className="pkg-history">
      <div className="pkg-history__list-col">
        {status === 'error' && error && (
          <InlineAlert tone="error" title="Could not load the history">
            {error}
          </InlineAlert>
        )}
        <ul className="pkg-history__list" aria-label="Package history">
          {history.map((p) => (
            <HistoryItem key={p.groupId} p={p} now={now} selected={selected?.groupId === p.groupId} onSelect={() => select(p.groupId)} />
          ))}
        </ul>
      </div>
      <div className="pkg-history__detail card">
        {selected && (
          <>
            <p className="pkg-history__detail-meta u-meta">
              {selected.templateName} · created {formatDateTime(selected.createdAt)}
              {selected.updatedAt !== selected.createdAt && ` · updated ${formatDateTime(selected.updatedAt)}`}
            </p>
            <PackageResult key={`${selected.groupId}-result`} view={selected} headingLevel={2} />
            <LinkedIssuesView key={`${selected.groupId}-linked`} groupId={selected.groupId} version={selected.updatedAt + selected.status} />
          </>
        )}
      </div>
    </div>
  );
}
