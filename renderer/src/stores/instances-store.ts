import { create } from 'zustand';
import type { InstanceView } from '../../../shared/domain/instance';
import { call, on } from '../api';
import { errorMessage } from '../api-error';

interface InstancesState {
  items: InstanceView[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  load(): Promise<void>;
}

let generation = 0;

export const useInstancesStore = create<InstancesState>((set) => ({
  items: [],
  status: 'idle',
  error: null,
  load: async () => {
    // Loads can overlap (an event arrives while one is in flight); only the newest may win.
    const mine = ++generation;
    set((s) => ({ status: s.status === 'ready' ? 'ready' : 'loading' }));
    try {
      const items = await call('instances.list');
      if (mine === generation) set({ items, status: 'ready', error: null });
    } catch (e) {
      if (mine === generation) set({ status: 'error', error: errorMessage(e) });
    }
  },
}));

/** Loads the list and keeps it fresh: main emits instances.changed after every add/edit/remove/test. */
export function startInstancesSync(): () => void {
  void useInstancesStore.getState().load();
  return on('instances.changed', () => void useInstancesStore.getState().load());
}
