/**
 * What other pages may use of "My team" (lint: a feature imports another only through its port):
 * the button and dialog that open it, its icon, and the member list's store.
 */
export { TeamButton, TeamIcon } from './team-button';
export { TeamDialog } from './team-dialog';
export { useTeamStore } from './team-store';
