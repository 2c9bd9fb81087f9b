import type { Handlers } from '../dispatch.js';
import type { TeamService } from './team-service.js';
import type { TempoTeamService } from './tempo-team-service.js';

type TeamChannels = 'team.list' | 'team.add' | 'team.update' | 'team.remove' | 'team.tempoTeams' | 'team.linkTempoTeam' | 'team.unlinkTempoTeam' | 'team.tempoLink';

/** My team: the people a lead follows, typed in or linked to a Tempo team. */
export function teamHandlers(team: TeamService, tempoTeams: TempoTeamService): Pick<Handlers, TeamChannels> {
  return {
    'team.list': async () => team.list(),
    'team.add': async (input) => team.add(input),
    'team.update': async (input) => team.update(input),
    'team.remove': async (input) => team.remove(input),
    'team.tempoTeams': ({ instanceId }) => tempoTeams.teams(instanceId),
    'team.linkTempoTeam': ({ instanceId, teamId }) => tempoTeams.link(instanceId, teamId),
    'team.unlinkTempoTeam': async () => tempoTeams.unlink(),
    'team.tempoLink': async () => tempoTeams.state(),
  };
}
