import { create } from 'zustand';
import type { TeamAddInput, TeamMember, TeamUpdateInput } from '../../../../shared/domain/team';
import { call } from '../../api';
import type { Loadable } from '../../stores/newest-load';
import { newestLoad } from '../../stores/newest-load';

interface TeamState extends Loadable {
  members: TeamMember[];
  /** Bumped after every change, so views that depend on "my team" (facets, team-only totals) reload. */
  version: number;
  load(): Promise<void>;
  /** These throw an ApiError carrying main's plain-words message when main refuses. */
  add(input: TeamAddInput): Promise<TeamMember>;
  update(input: TeamUpdateInput): Promise<TeamMember>;
  remove(accountId: string): Promise<void>;
}

const loads = newestLoad();
const byName = (a: TeamMember, b: TeamMember): number => a.displayName.localeCompare(b.displayName, undefined, { sensitivity: 'base' });

/** "My team": who the lead tracks, with daily hours and working weekdays. */
export const useTeamStore = create<TeamState>((set, get) => ({
  members: [],
  status: 'idle',
  error: null,
  version: 0,
  load: () => loads.load(set, () => call('team.list'), (members) => set({ members: [...members].sort(byName), status: 'ready', error: null })),
  add: async (input) => {
    const member = await call('team.add', input);
    set((s) => ({ members: [...s.members.filter((m) => m.accountId !== member.accountId), member].sort(byName), version: s.version + 1 }));
    return member;
  },
  update: async (input) => {
    const member = await call('team.update', input);
    set((s) => ({ members: s.members.map((m) => (m.accountId === member.accountId ? member : m)), version: s.version + 1 }));
    return member;
  },
  remove: async (accountId) => {
    await call('team.remove', { accountId });
    set((s) => ({ members: s.members.filter((m) => m.accountId !== accountId), version: s.version + 1 }));
    void get().load();
  },
}));
