import { useState } from 'react';
import { Button } from '../../components/button';
import { useTeamStore } from './team-store';
import { TeamDialog } from './team-dialog';

export function TeamIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <circle cx="9" cy="8" r="3.5" />
      <path d="M2.5 20a6.5 6.5 0 0 1 13 0M16 4.6a3.5 3.5 0 0 1 0 6.8M18 14.2a6.5 6.5 0 0 1 3.5 5.8" />
    </svg>
  );
}

/**
 * "My team" wherever a page needs it (Timesheet, Settings): the button and the dialog. The
 * Worklogs page opens the same dialog with the authors of its view.
 */
export function TeamButton({ label = 'My team', size = 'md' }: { label?: string; size?: 'sm' | 'md' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size={size} icon={<TeamIcon />} onClick={() => setOpen(true)}>
        {label}
      </Button>
      {open && (
        <TeamDialog
          onClose={() => {
            setOpen(false);
            // Pages that read the team (the Timesheet's rows) reload on the store's version.
            void useTeamStore.getState().load();
          }}
        />
      )}
    </>
  );
}
