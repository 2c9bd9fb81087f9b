import { create } from 'zustand';
import type { TempoTeamLinkState, TempoTeamLinkView } from '../../../../shared/domain/team';
import { call } from '../../api';
import { useTeamStore } from './team-store';

interface TempoLinkState {
  /** The Tempo team "my team" follows; null when none (or not loaded yet). */
  link: TempoTeamLinkState | null;
  load(): Promise<void>;
  /** Throws an ApiError with main's plain-words message when Tempo or main refuses. */
  linkTo(instanceId: string, teamId: number): Promise<TempoTeamLinkView>;
  unlink(): Promise<void>;
}

/**
 * Linking changes "my team" in main: reload the members and bump the team store's version, so the
 * Timesheet and the "my team" filters reload too.
 */
function teamChanged(): void {
  useTeamStore.setState((s) => ({ version: s.version + 1 }));
  void useTeamStore.getState().load();
}

/** "My team" follows a Tempo team: which one, and each member's commitment at the last import. */
export const useTempoLinkStore = create<TempoLinkState>((set) => ({
  link: null,
  load: async () => {
    set({ link: await call('team.tempoLink') });
  },
  linkTo: async (instanceId, teamId) => {
    const view = await call('team.linkTempoTeam', { instanceId, teamId });
    set({ link: await call('team.tempoLink') });
    teamChanged();
    return view;
  },
  unlink: async () => {
    await call('team.unlinkTempoTeam');
    set({ link: null });
    teamChanged();
  },
}));
