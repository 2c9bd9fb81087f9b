import { lazy, Suspense, useEffect } from 'react';
import { ConnectionBanner } from './components/connection-banner';
import { FreshnessBar } from './components/freshness-bar';
import { ShortcutsDialog } from './components/shortcuts-dialog';
import { Spinner } from './components/spinner';
import { Sidebar } from './components/sidebar';
import { Toaster } from './components/toaster';
import { LeavesPage } from './features/leaves/leaves-page';
import { PackagesPage } from './features/packages/packages-page';
import { SettingsPage } from './features/settings/settings-page';
import { SyncPage } from './features/sync/sync-page';
import { TimesheetPage } from './features/timesheet/timesheet-page';
import { WorklogsPage } from './features/worklogs/worklogs-page';
import { useGlobalShortcuts } from './hooks/use-global-shortcuts';
import type { PageId } from './routes';
import { PAGES } from './routes';
import { useAppInfoStore } from './stores/app-info-store';
import { startFreshnessSync } from './stores/freshness-store';
import { startInstancesSync } from './stores/instances-store';
import { startRouteEvents, useRouteStore } from './stores/route-store';
import { startSettingsSync } from './stores/settings-store';
import { startSyncEvents } from './stores/sync-store';

// The chart library is most of its weight: loaded when the page is first opened, not at start-up.
const ChartsPage = lazy(async () => ({ default: (await import('./features/charts/charts-page')).ChartsPage }));

function CurrentPage({ page }: { page: PageId }) {
  switch (page) {
    case 'worklogs':
      return <WorklogsPage />;
    case 'timesheet':
      return <TimesheetPage />;
    case 'charts':
      return (
        <Suspense
          fallback={
            <div className="page__body page__body--center">
              <Spinner label="Loading" />
            </div>
          }
        >
          <ChartsPage />
        </Suspense>
      );
    case 'leaves':
      return <LeavesPage />;
    case 'packages':
      return <PackagesPage />;
    case 'sync':
      return <SyncPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

export function App() {
  const page = useRouteStore((s) => s.page);
  useGlobalShortcuts();

  useEffect(() => {
    void useAppInfoStore.getState().load();
    const stops = [startInstancesSync(), startSyncEvents(), startSettingsSync(), startFreshnessSync(), startRouteEvents()];
    return () => stops.forEach((stop) => stop());
  }, []);

  useEffect(() => {
    const label = PAGES.find((p) => p.id === page)?.label ?? '';
    document.title = `${label} · Worklog Desk`;
  }, [page]);

  return (
    <div className="app">
      <Sidebar />
      <div className="app__main">
        <ConnectionBanner />
        <FreshnessBar />
        {/* key: each page starts at the top and its heading is announced fresh */}
        <main className="page" key={page} id="main" tabIndex={-1} aria-labelledby="page-title">
          <CurrentPage page={page} />
        </main>
      </div>
      <ShortcutsDialog />
      <Toaster />
    </div>
  );
}
