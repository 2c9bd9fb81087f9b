import { useEffect } from 'react';
import { Button } from '../../components/button';
import { SettingsEmptyState } from '../../components/settings-empty-state';
import { SettingsIcon, SyncIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useInstancesStore } from '../../stores/instances-store';
import { useRouteStore } from '../../stores/route-store';
import { useSettingsStore } from '../../stores/settings-store';
import { useSyncStore } from '../../stores/sync-store';
import { DangerZone } from './danger-zone';
import { FreshnessSettingsSection } from './freshness-settings-section';
import { SyncHistory } from './sync-history';
import { SyncNowCard } from './sync-now-card';
import { TrayDefaultSection } from './tray-default-section';

const SUBTITLE = 'Copy worklogs from Jira and Tempo into the local database';

function NoInstances() {
  return (
    <div className="page__body page__body--center">
      <SettingsEmptyState icon={<SyncIcon size={22} />} title="Nothing to sync yet">
        <p>
          Sync — copy worklogs from Jira and Tempo into the local database, so every page works offline and fast. Add a Jira instance in Settings first (with its Tempo token if your
          team logs time in Tempo); then start syncs from here.
        </p>
      </SettingsEmptyState>
    </div>
  );
}

export function SyncPage() {
  const instances = useInstancesStore((s) => s.items);
  const status = useInstancesStore((s) => s.status);
  const instancesError = useInstancesStore((s) => s.error);
  const hasHistory = useSyncStore((s) => s.history.length > 0);

  useEffect(() => {
    // The app follows sync events everywhere; here we also want what ran while the page was closed.
    void useSyncStore.getState().restore();
    void useSyncStore.getState().loadHistory();
    void useSettingsStore.getState().load();
  }, []);

  if (status === 'idle' || (status === 'loading' && instances.length === 0)) {
    return (
      <>
        <PageHeader title="Sync" subtitle={SUBTITLE} />
        <div className="page__body page__body--center">
          <div className="loading-row">
            <Spinner /> Loading instances…
          </div>
        </div>
      </>
    );
  }

  if (instances.length === 0 && !hasHistory && status !== 'error') {
    return (
      <>
        <PageHeader title="Sync" subtitle={SUBTITLE} />
        <NoInstances />
      </>
    );
  }

  return (
    <>
      <PageHeader title="Sync" subtitle={SUBTITLE} />
      <div className="page__body">
        <div className="sync-page">
          {status === 'error' && instancesError && (
            <InlineAlert tone="error" title="Could not load the instances">
              {instancesError}
            </InlineAlert>
          )}
          {instances.length > 0 ? <SyncNowCard instances={instances} /> : <NoInstancesInline />}
          <SyncHistory />
          <TrayDefaultSection />
          <FreshnessSettingsSection />
          <DangerZone instances={instances} />
        </div>
      </div>
    </>
  );
}

/** No instance any more, but a history to look at: say what to do without hiding the rest. */
function NoInstancesInline() {
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <div className="card sync-card sync-card--empty">
      <p>There is no Jira instance to sync. Add one in Settings, then come back here to sync it.</p>
      <Button variant="primary" size="sm" icon={<SettingsIcon />} onClick={() => navigate('settings')}>
        Open Settings
      </Button>
    </div>
  );
}
