import type { ReactNode } from 'react';
import { modKeyLabel } from '../platform';
import { useRouteStore } from '../stores/route-store';
import { Button } from './button';
import { EmptyState } from './empty-state';
import { SettingsIcon } from './icons';
import { Kbd } from './kbd';

/** The empty state of a page that needs a Jira instance first: what the page will do, and one way to Settings. */
export function SettingsEmptyState({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <EmptyState
      icon={icon}
      title={title}
      action={
        <Button variant="primary" icon={<SettingsIcon />} onClick={() => navigate('settings')}>
          Open Settings
        </Button>
      }
      hint={
        <>
          or press <Kbd keys={[modKeyLabel(), ',']} />
        </>
      }
    >
      {children}
    </EmptyState>
  );
}
