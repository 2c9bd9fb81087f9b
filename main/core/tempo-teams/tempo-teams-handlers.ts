import type { Handlers } from '../dispatch.js';
import type { TempoTeamService } from './tempo-team-service.js';

/** This capability's slice of the contract (the older team.*TempoTeam channels still sit in services.ts). */
export function tempoTeamsHandlers(tempoTeams: TempoTeamService): Pick<Handlers, 'team.tempoLink'> {
  return {
    'team.tempoLink': async () => tempoTeams.state(),
  };
}
