import { useEffect } from 'react';
import { TeamButton, TeamIcon, useTeamStore } from '../team/team-port';
import { SettingsSection } from './settings-section';
import { plural } from '../../format';

/** "My team" in Settings: who the lead looks after, and the way to change it. */
export function TeamSection() {
  const members = useTeamStore((s) => s.members);
  const status = useTeamStore((s) => s.status);
  useEffect(() => {
    if (status === 'idle') void useTeamStore.getState().load();
  }, [status]);
  const n = members.length;
  return (
    <SettingsSection id="team" icon={<TeamIcon />} title="My team" description="The people you lead, with their daily hours and working days." actions={<TeamButton label="Edit my team" size="sm" />}>
      <p className="setting-row__hint u-hint" data-testid="team-summary">
        {n === 0 ? 'No one yet: add the people you lead so the Timesheet and “My team only” know them.' : `${plural(n, 'person', 'people')}: ${members.map((m) => m.displayName).join(', ')}.`}
      </p>
    </SettingsSection>
  );
}
