import { useId, useRef, useState } from 'react';
import type { CredentialReport, InstanceView } from '../../../../shared/domain/instance';
import { errorMessage } from '../../api-error';
import { Badge } from '../../components/badge';
import { Button, IconButton } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { PencilIcon, PulseIcon, TrashIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { formatDateTime, formatRelativeTime, initials, siteLabel } from '../../format';
import { useNow } from '../../hooks/use-now';
import { useInstancesStore } from '../../stores/instances-store';
import { useToastStore } from '../../stores/toast-store';
import { CredentialReportView } from './credential-report-view';
import { EditInstanceForm } from './edit-instance-form';
import { removeSite, testSite } from './settings-api';

function StatusBadge({ instance }: { instance: InstanceView }) {
  const check = instance.lastCheck;
  if (!check) return <Badge>Not checked</Badge>;
  return check.ok ? <Badge tone="success">Connected</Badge> : <Badge tone="danger">Check failed</Badge>;
}

/** One Jira instance in Settings: what it is, whether it works, and what can be done with it. */
export function InstanceCard({ instance }: { instance: InstanceView }) {
  const titleId = useId();
  const now = useNow();
  const [editing, setEditing] = useState(false);
  const [testing, setTesting] = useState(false);
  const [report, setReport] = useState<CredentialReport | null>(null);
  const [testError, setTestError] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const showToast = useToastStore((s) => s.show);
  const editButtonRef = useRef<HTMLButtonElement>(null);

  // Keyboard users land back where they were, not at the top of the page.
  const closeEditor = (): void => {
    setEditing(false);
    window.requestAnimationFrame(() => editButtonRef.current?.focus());
  };

  const test = async (): Promise<void> => {
    setTesting(true);
    setReport(null);
    setTestError(null);
    try {
      setReport(await testSite({ id: instance.id }));
    } catch (e) {
      setTestError(errorMessage(e));
    } finally {
      setTesting(false);
    }
  };

  const remove = async (): Promise<void> => {
    await removeSite(instance.id);
    showToast(`Removed “${instance.name}”.`);
    await useInstancesStore.getState().load();
  };

  const check = instance.lastCheck;
  return (
    <article className={['instance-card', editing ? 'is-editing' : ''].join(' ')} aria-labelledby={titleId}>
      <div className="instance-card__head">
        <div className="avatar" aria-hidden="true">
          {initials(instance.name)}
        </div>
        <div className="instance-card__titles">
          <h3 id={titleId} className="instance-card__name u-ellipsis">
            {instance.name}
          </h3>
          <span className="instance-card__site u-hint u-ellipsis" title={instance.url}>
            {siteLabel(instance.url)}
          </span>
        </div>
        <StatusBadge instance={instance} />
        {!editing && (
          <div className="instance-card__actions">
            <Button size="sm" icon={<PulseIcon />} pending={testing} onClick={() => void test()} aria-label={`Test ${instance.name}`}>
              Test
            </Button>
            <Button ref={editButtonRef} size="sm" icon={<PencilIcon />} onClick={() => (setEditing(true), setReport(null), setTestError(null))} aria-label={`Edit ${instance.name}`}>
              Edit
            </Button>
            <IconButton size="sm" icon={<TrashIcon />} label={`Remove ${instance.name}`} className="btn--danger-text" onClick={() => setConfirmRemove(true)} />
          </div>
        )}
      </div>

      {editing ? (
        <EditInstanceForm instance={instance} onDone={closeEditor} />
      ) : (
        <dl className="facts">
          <div className="facts__item">
            <dt>Account</dt>
            <dd>{instance.account ? `Signed in as ${instance.account.displayName}` : 'Not verified yet'}</dd>
          </div>
          <div className="facts__item">
            <dt>Email</dt>
            <dd>{instance.email}</dd>
          </div>
          <div className="facts__item">
            <dt>Tempo</dt>
            <dd>{instance.tempo.tokenSaved ? `Yes · ${siteLabel(instance.tempo.baseUrl)}` : 'No'}</dd>
          </div>
          <div className="facts__item">
            <dt>Last check</dt>
            <dd>
              {check ? (
                <time dateTime={check.at} title={formatDateTime(check.at)}>
                  {check.ok ? 'Passed' : 'Failed'} {formatRelativeTime(check.at, now)}
                </time>
              ) : (
                'Never'
              )}
            </dd>
          </div>
        </dl>
      )}

      {!editing && check && !check.ok && check.message && !report && <p className="instance-card__problem">{check.message}</p>}
      {testError && <InlineAlert tone="error">{testError}</InlineAlert>}
      {report && <CredentialReportView report={report} title={`Test result for ${instance.name}`} />}

      {confirmRemove && (
        <ConfirmDialog
          title={`Remove “${instance.name}”?`}
          description={
            <>
              Worklog Desk forgets this Jira instance and deletes its tokens from the system keychain. Nothing changes in Jira
              {instance.tempo.tokenSaved ? ' or Tempo' : ''} itself; you can add it again at any time.
            </>
          }
          confirmLabel="Remove instance"
          onConfirm={remove}
          onClose={() => setConfirmRemove(false)}
        />
      )}
    </article>
  );
}
