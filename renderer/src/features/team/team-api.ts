/**
 * The team dialog's own calls to main (the member list itself lives in team-store.ts): one thin,
 * typed function per channel, so components never name a channel themselves.
 */
import type { Facet } from '../../../../shared/domain/explorer';
import type { TempoTeamView } from '../../../../shared/domain/team';
import { call } from '../../api';

/** Who logged time in a range (with hours), the people a lead picks the team from. */
export const readAuthors = async (range: { from: string; to: string }): Promise<Facet[]> => (await call('explorer.facets', range)).authors;

/** The Tempo teams of one site, read from Tempo. */
export const readTempoTeams = (instanceId: string): Promise<TempoTeamView[]> => call('team.tempoTeams', { instanceId });
