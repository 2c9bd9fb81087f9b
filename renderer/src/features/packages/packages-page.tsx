import type { KeyboardEvent } from 'react';
import { useEffect, useState } from 'react';
import type { TemplateView } from '../../../../shared/domain/packages';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { SettingsEmptyState } from '../../components/settings-empty-state';
import { PlusIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { PageHeader } from '../../components/page-header';
import { PageIcon } from '../../components/page-icon';
import { Spinner } from '../../components/spinner';
import { useInstancesStore } from '../../stores/instances-store';
import type { PackagesTab } from './packages-store';
import { startPackageEvents, usePackagesStore } from './packages-store';
import { HistoryTab } from './history-tab';
import { PackageWizard } from './package-wizard';
import { TemplatesTab } from './templates-tab';

const TABS: Array<{ id: PackagesTab; label: string }> = [
  { id: 'new', label: 'New package' },
  { id: 'templates', label: 'Templates' },
  { id: 'history', label: 'History' },
];

function NewPackageTab({ onCreateTemplate }: { onCreateTemplate(): void }) {
  const instances = useInstancesStore((s) => s.items);
  const instancesStatus = useInstancesStore((s) => s.status);
  const instancesError = useInstancesStore((s) => s.error);
  const templates = usePackagesStore((s) => s.templates);
  const templatesStatus = usePackagesStore((s) => s.templatesStatus);
  const templatesError = usePackagesStore((s) => s.templatesError);

  if (instancesStatus === 'idle' || (instancesStatus === 'loading' && instances.length === 0) || templatesStatus === 'idle' || (templatesStatus === 'loading' && templates.length === 0)) {
    return (
      <div className="loading-row">
        <Spinner /> Loading…
      </div>
    );
  }
  if (instancesStatus === 'error' && instances.length === 0) {
    return (
      <InlineAlert tone="error" title="Could not load the instances">
        {instancesError}
      </InlineAlert>
    );
  }
  if (instances.length === 0) {
    return (
      <SettingsEmptyState icon={<PageIcon page="packages" size={22} />} title="Add a Jira instance first">
        <p>Packages — group issues from several Jira instances into one package: the same parent issue and its children, created on every site at once and linked together. Add the Jira instances to create them on in Settings first.</p>
      </SettingsEmptyState>
    );
  }
  if (templatesStatus === 'error' && templates.length === 0) {
    return (
      <InlineAlert tone="error" title="Could not load the templates">
        {templatesError}
      </InlineAlert>
    );
  }
  if (templates.length === 0) {
    return (
      <EmptyState
        icon={<PageIcon page="packages" size={22} />}
        title="Create a template first"
        action={
          <Button variant="primary" icon={<PlusIcon />} onClick={onCreateTemplate}>
            Create a template
          </Button>
        }
      >
        <p>A template says what a package is made of: a parent issue (an Epic, say) and the child issues under it. Create one, then come back to create packages from it.</p>
      </EmptyState>
    );
  }
  return <PackageWizard templates={templates} instances={instances} />;
}

export function PackagesPage() {
  const tab = usePackagesStore((s) => s.tab);
  const setTab = usePackagesStore((s) => s.setTab);
  const [editing, setEditing] = useState<TemplateView | 'new' | null>(null);

  useEffect(() => {
    const stop = startPackageEvents();
    void usePackagesStore.getState().loadTemplates();
    void usePackagesStore.getState().loadHistory();
    return stop;
  }, []);

  useEffect(() => {
    if (tab === 'history') void usePackagesStore.getState().loadHistory();
    if (tab === 'templates' || tab === 'new') void usePackagesStore.getState().loadTemplates();
  }, [tab]);

  // Arrow keys move between tabs, as in any tablist.
  const onTabKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const i = TABS.findIndex((t) => t.id === tab);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % TABS.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + TABS.length) % TABS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = TABS.length - 1;
    const target = TABS[next];
    if (!target) return;
    e.preventDefault();
    setTab(target.id);
    document.getElementById(`pkg-tab-${target.id}`)?.focus();
  };

  return (
    <>
      <PageHeader
        title="Packages"
        subtitle="One parent issue and its children, created on several Jira sites at once"
        actions={
          <div className="pkg-tabs" role="tablist" aria-label="Packages" onKeyDown={onTabKey}>
            {TABS.map((t) => (
              <button
                key={t.id}
                id={`pkg-tab-${t.id}`}
                type="button"
                role="tab"
                className={['pkg-tab u-muted', tab === t.id ? 'is-selected' : ''].filter(Boolean).join(' ')}
                aria-selected={tab === t.id}
                aria-controls={`pkg-panel-${t.id}`}
                tabIndex={tab === t.id ? 0 : -1}
                onClick={() => setTab(t.id)}
              >
                {t.label}
              </button>
            ))}
          </div>
        }
      />
      <div className="page__body">
        {TABS.map((t) => (
          // Panels stay mounted so a half-filled wizard or editor survives a look at another tab.
          <div key={t.id} id={`pkg-panel-${t.id}`} role="tabpanel" aria-labelledby={`pkg-tab-${t.id}`} hidden={tab !== t.id} className="pkg-panel">
            {t.id === 'new' && (
              <NewPackageTab
                onCreateTemplate={() => {
                  setEditing('new');
                  setTab('templates');
                }}
              />
            )}
            {t.id === 'templates' && <TemplatesTab editing={editing} setEditing={setEditing} />}
            {t.id === 'history' && <HistoryTab />}
          </div>
        ))}
      </div>
    </>
  );
}
