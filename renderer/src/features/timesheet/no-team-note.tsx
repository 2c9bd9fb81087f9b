import { useState } from 'react';
import type { Facet } from '../../../../shared/domain/explorer';
import type { TimesheetPerson } from '../../../../shared/domain/timesheet';
import { Button } from '../../components/button';
import { TeamDialog } from '../team/team-port';

/**
 * Without "My team" the grid can only show who logged time, so someone who logged nothing is
 * missing from it: say so, and offer to set the team up right here.
 */
export function NoTeamNote({ people }: { people: readonly TimesheetPerson[] }) {
  const [open, setOpen] = useState(false);
  const authors: Facet[] = people.map((p) => ({ key: p.accountId, label: p.name, count: p.totals.loggedSeconds > 0 ? 1 : 0 }));
  return (
    <>
      <div className="ts-note u-muted" data-testid="no-team-note">
        <span>
          <strong>No team set.</strong> Showing everyone who logged time in this period, so people who logged nothing don&apos;t appear. Set up your team to see all of them.
        </span>
        <Button size="sm" onClick={() => setOpen(true)}>
          Set up my team
        </Button>
      </div>
      {open && <TeamDialog authors={authors} onClose={() => setOpen(false)} />}
    </>
  );
}
