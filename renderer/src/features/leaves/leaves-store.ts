import { create } from 'zustand';
import type { FactorialConfigView, Holiday, Leave, LeavesSyncResult, PersonHours, PersonMapping } from '../../../../shared/domain/leaves';
import { call } from '../../api';

/** "2026-11" → first and last calendar day of that month. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : 'That did not work. Try again.');

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface LeavesState {
  config: FactorialConfigView | null;
  configStatus: Status;
  configError: string | null;
  month: string;
  view: 'calendar' | 'list';
  people: PersonMapping[];
  leaves: Leave[];
  /** Holidays of the shown month's year. */
  holidays: Holiday[];
  report: PersonHours[];
  dataStatus: Status;
  dataError: string | null;
  syncing: boolean;
  /** A leaves sync finished in this session (the Leaves page's next steps tick it). */
  syncedOnce: boolean;
  loadConfig(): Promise<void>;
  /** Saves key and/or address; throws main's plain-words error (nothing is saved then). */
  saveConfig(input: { apiKey?: string; baseUrl?: string }): Promise<number | null>;
  removeKey(): Promise<void>;
  setMonth(month: string): void;
  setView(view: 'calendar' | 'list'): void;
  /** Leaves, holidays, report and people for the shown month. */
  loadData(): Promise<void>;
  loadPeople(): Promise<void>;
  loadHolidays(): Promise<void>;
  loadReport(): Promise<void>;
  syncLeaves(): Promise<LeavesSyncResult>;
}

export const useLeavesStore = create<LeavesState>((set, get) => ({
  config: null,
  configStatus: 'idle',
  configError: null,
  month: currentMonth(),
  view: 'calendar',
  people: [],
  leaves: [],
  holidays: [],
  report: [],
  dataStatus: 'idle',
  dataError: null,
  syncing: false,
  syncedOnce: false,

  loadConfig: async () => {
    set({ configStatus: 'loading', configError: null });
    try {
      const config = await call('factorial.getConfig');
      set({ config, configStatus: 'ready' });
    } catch (e) {
      set({ configStatus: 'error', configError: message(e) });
    }
  },

  saveConfig: async (input) => {
    const r = await call('factorial.saveConfig', input);
    set({ config: r.view, configStatus: 'ready' });
    return r.employees;
  },

  removeKey: async () => {
    await call('factorial.removeKey');
    await get().loadConfig();
  },

  setMonth: (month) => {
    set({ month });
    void get().loadData();
  },

  setView: (view) => set({ view }),

  loadData: async () => {
    const month = get().month;
    set({ dataStatus: 'loading', dataError: null });
    const range = monthRange(month);
    const year = month.slice(0, 4);
    try {
      const [people, leaves, holidays, report] = await Promise.all([
        call('people.list'),
        call('leaves.list', range),
        call('holidays.list', { from: `${year}-01-01`, to: `${year}-12-31` }),
        call('hours.report', range),
      ]);
      // A later month switch wins over a slower earlier answer.
      if (get().month !== month) return;
      set({ people, leaves, holidays, report, dataStatus: 'ready' });
    } catch (e) {
      if (get().month === month) set({ dataStatus: 'error', dataError: message(e) });
    }
  },

  loadPeople: async () => {
    const people = await call('people.list');
    set({ people });
    // Mapping changes whose leaves count and which hours are expected.
    const range = monthRange(get().month);
    const [leaves, report] = await Promise.all([call('leaves.list', range), call('hours.report', range)]);
    set({ leaves, report });
  },

  loadHolidays: async () => {
    const month = get().month;
    const year = month.slice(0, 4);
    const range = monthRange(month);
    const [holidays, report] = await Promise.all([call('holidays.list', { from: `${year}-01-01`, to: `${year}-12-31` }), call('hours.report', range)]);
    if (get().month === month) set({ holidays, report });
  },

  loadReport: async () => {
    const report = await call('hours.report', monthRange(get().month));
    set({ report });
  },

  syncLeaves: async () => {
    set({ syncing: true });
    try {
      const result = await call('leaves.sync', monthRange(get().month));
      set({ syncedOnce: true });
      await get().loadData();
      return result;
    } finally {
      set({ syncing: false });
    }
  },
}));
