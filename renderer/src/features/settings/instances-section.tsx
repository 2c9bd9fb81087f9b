import { useState } from 'react';
import { Button } from '../../components/button';
import { PlusIcon, ServerIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { Spinner } from '../../components/spinner';
import { useInstancesStore } from '../../stores/instances-store';
import { AddInstanceForm } from './add-instance-form';
import { InstanceCard } from './instance-card';
import { SettingsSection } from './settings-section';

export function InstancesSection() {
  const items = useInstancesStore((s) => s.items);
  const status = useInstancesStore((s) => s.status);
  const error = useInstancesStore((s) => s.error);
  const [adding, setAdding] = useState(false);
  const empty = status === 'ready' && items.length === 0;
  // With no instance yet the form is the whole point of the page: show it without a click.
  const showForm = adding || empty;

  return (
    <SettingsSection
      id="instances"
      icon={<ServerIcon />}
      title="Jira instances"
      description="The Jira sites Worklog Desk reads worklogs from. Tokens are kept in your system keychain, never in the database."
      actions={
        !showForm && status === 'ready' ? (
          <Button variant="primary" size="sm" icon={<PlusIcon />} onClick={() => setAdding(true)}>
            Add instance
          </Button>
        ) : undefined
      }
    >
      {status === 'loading' && (
        <div className="loading-row">
          <Spinner /> Loading instances…
        </div>
      )}
      {status === 'error' && error && <InlineAlert tone="error" title="Could not load the instances">{error}</InlineAlert>}

      {items.length > 0 && (
        <ul className="instance-list" aria-label="Jira instances">
          {items.map((instance) => (
            <li key={instance.id}>
              <InstanceCard instance={instance} />
            </li>
          ))}
        </ul>
      )}

      {showForm && (
        <div className="card add-instance">
          <div className="add-instance__header">
            <h3 className="add-instance__title">{empty ? 'Add your first Jira instance' : 'Add a Jira instance'}</h3>
            <p className="add-instance__subtitle u-hint">Worklog Desk checks the credentials with Jira before it saves anything.</p>
          </div>
          <AddInstanceForm onDone={() => setAdding(false)} onCancel={empty ? undefined : () => setAdding(false)} />
        </div>
      )}
    </SettingsSection>
  );
}
