import type { ReactNode } from 'react';
import { modKeyLabel } from '../platform';
import type { PageId } from '../routes';
import { useInstancesStore } from '../stores/instances-store';
import { useRouteStore } from '../stores/route-store';
import { Button } from './button';
import { EmptyState } from './empty-state';
import { SettingsIcon } from './icons';
import { Kbd } from './kbd';
import { PageHeader } from './page-header';
import { PageIcon } from './page-icon';

export interface UpcomingPageProps {
  page: PageId;
  title: string;
  subtitle: string;
  emptyTitle: string;
  /** One sentence: what the page is for ("Worklogs — browse and group your team's time offline."). */
  purpose: string;
  /** What to do now when no Jira instance exists yet. */
  firstStep?: string;
  /** What to do now once an instance exists. */
  nextStep: string;
  nextAction?: { label: string; page: PageId } | null;
  children?: ReactNode;
}

/**
 * A page whose data comes from a sync: it says what it will show and the one next step, which
 * depends on whether a Jira instance has been added yet.
 */
export function UpcomingPage({ page, title, subtitle, emptyTitle, purpose, firstStep = 'Add a Jira instance in Settings, then run a sync.', nextStep, nextAction = { label: 'Go to Sync', page: 'sync' }, children }: UpcomingPageProps) {
  const navigate = useRouteStore((s) => s.navigate);
  const status = useInstancesStore((s) => s.status);
  const count = useInstancesStore((s) => s.items.length);
  const hasInstances = count > 0;
  const ready = status === 'ready' || status === 'error';

  return (
    <>
      <PageHeader title={title} subtitle={subtitle} />
      <div className="page__body page__body--center">
        {ready && (
          <EmptyState
            icon={<PageIcon page={page} size={22} />}
            title={emptyTitle}
            action={
              hasInstances ? (
                nextAction && (
                  <Button variant="primary" icon={<PageIcon page={nextAction.page} />} onClick={() => navigate(nextAction.page)}>
                    {nextAction.label}
                  </Button>
                )
              ) : (
                <Button variant="primary" icon={<SettingsIcon />} onClick={() => navigate('settings')}>
                  Open Settings
                </Button>
              )
            }
            hint={
              hasInstances ? undefined : (
                <>
                  or press <Kbd keys={[modKeyLabel(), ',']} />
                </>
              )
            }
          >
            <p>
              {purpose} {hasInstances ? nextStep : firstStep}
            </p>
            {children}
          </EmptyState>
        )}
      </div>
    </>
  );
}
