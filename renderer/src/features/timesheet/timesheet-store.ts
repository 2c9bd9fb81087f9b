import { create } from 'zustand';
import type { BehindFilter } from '../../../../shared/domain/behind-route';
import { toIsoDate } from '../../../../shared/domain/dates';
import type { Timesheet } from '../../../../shared/domain/timesheet';
import { TIMESHEET_MAX_PEOPLE } from '../../../../shared/domain/timesheet';
import { call } from '../../api';
import { errorMessage } from '../../api-error';
import type { PeriodMode } from './timesheet-format';
import { periodOf, shiftAnchor } from './timesheet-format';

/** Whom the grid shows: everyone who logged time (team first), or "my team" only. */
export type TimesheetScope = 'everyone' | 'team';

interface TimesheetState {
  mode: PeriodMode;
  /** Any date inside the period shown. */
  anchor: string;
  /** null: all instances. */
  instanceId: string | null;
  scope: TimesheetScope;
  /** Only these people, on the period of their day (opened from the morning reminder); null: the usual people. */
  behind: BehindFilter | null;
  data: Timesheet | null;
  /** How many people "my team" has (the scope switch only appears when there is a team). */
  teamSize: number;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;

  setMode(mode: PeriodMode): void;
  /** -1 previous period, +1 next. */
  step(direction: number): void;
  goToday(): void;
  setInstance(id: string | null): void;
  setScope(scope: TimesheetScope): void;
  /** Shows only the people behind for a day (moving to that day's period), or everyone again with null. */
  showBehind(filter: BehindFilter | null): void;
  load(): Promise<void>;
}

let generation = 0;
const today = (): string => toIsoDate(new Date());

export const useTimesheetStore = create<TimesheetState>((set, get) => ({
  mode: 'month',
  anchor: today(),
  instanceId: null,
  scope: 'everyone',
  behind: null,
  data: null,
  teamSize: 0,
  status: 'idle',
  error: null,

  setMode: (mode) => {
    if (mode === get().mode) return;
    // Switching to the week keeps today's week when today is in the month shown, else the month's first week.
    const { anchor } = get();
    const t = today();
    const month = periodOf('month', anchor);
    set({ mode, anchor: mode === 'week' && t >= month.from && t <= month.to ? t : anchor });
    void get().load();
  },
  step: (direction) => {
    set((s) => ({ anchor: shiftAnchor(s.mode, s.anchor, direction) }));
    void get().load();
  },
  goToday: () => {
    set({ anchor: today() });
    void get().load();
  },
  setInstance: (instanceId) => {
    set({ instanceId });
    void get().load();
  },
  setScope: (scope) => {
    set({ scope });
    void get().load();
  },

  showBehind: (behind) => {
    const current = get().behind;
    if (behind === current || (behind && current && behind.day === current.day && behind.accountIds.join('\n') === current.accountIds.join('\n'))) return;
    set(behind ? { behind, anchor: behind.day } : { behind });
    void get().load();
  },

  load: async () => {
    // Quick clicks through weeks overlap; only the newest answer may land.
    const mine = ++generation;
    const { mode, anchor, instanceId, scope, behind } = get();
    const period = periodOf(mode, anchor);
    const instanceIds = instanceId ? [instanceId] : undefined;
    set({ status: 'loading' });
    try {
      const team = await call('team.list');
      let accountIds: string[] | undefined = behind?.accountIds;
      if (!behind && team.length > 0 && scope === 'everyone') {
        // Main shows "my team" by default once there is one: name everyone who logged time too.
        const facets = await call('explorer.facets', { ...period, ...(instanceIds ? { instanceIds } : {}) });
        const ids = new Set(team.map((m) => m.accountId));
        for (const a of facets.authors) if (a.key) ids.add(a.key);
        accountIds = [...ids].slice(0, TIMESHEET_MAX_PEOPLE);
      }
      const data = await call('timesheet.get', { ...period, ...(accountIds ? { accountIds } : {}), ...(instanceIds ? { instanceIds } : {}) });
      if (mine === generation) set({ data, teamSize: team.length, status: 'ready', error: null });
    } catch (e) {
      if (mine === generation) set({ status: 'error', error: errorMessage(e) });
    }
  },
}));
