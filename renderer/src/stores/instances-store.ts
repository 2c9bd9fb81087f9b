import { create } from 'zustand';
import type { InstanceView } from '../../../shared/domain/instance';
import { call, on } from '../api';
import type { Loadable } from './newest-load';
import { newestLoad } from './newest-load';

interface InstancesState extends Loadable {
  items: InstanceView[];
  load(): Promise<void>;
}

const loads = newestLoad();

export const useInstancesStore = create<InstancesState>((set) => ({
  items: [],
  status: 'idle',
  error: null,
  load: () => loads.load(set, () => call('instances.list'), (items) => set({ items, status: 'ready', error: null })),
}));

/** Loads the list and keeps it fresh: main emits instances.changed after every add/edit/remove/test. */
export function startInstancesSync(): () => void {
  void useInstancesStore.getState().load();
  return on('instances.changed', () => void useInstancesStore.getState().load());
}
