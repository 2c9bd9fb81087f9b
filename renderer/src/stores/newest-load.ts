import { errorMessage } from '../api-error';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface Loadable {
  status: LoadStatus;
  error: string | null;
}

type SetLoadable = (patch: Partial<Loadable> | ((s: Loadable) => Partial<Loadable>)) => void;

/**
 * Loads of one store can overlap (an event arrives while a load is in flight): only the newest
 * may write its answer, or an old list could overwrite a newer one. A direct write (an event
 * carrying the value, a save) calls `supersede()` so loads already in flight are dropped too.
 */
export function newestLoad() {
  let generation = 0;
  return {
    supersede(): void {
      generation++;
    },
    async load<T>(set: SetLoadable, fetch: () => Promise<T>, apply: (value: T) => void): Promise<void> {
      const mine = ++generation;
      // A reload keeps showing what is there ("ready"); only the first load shows "loading".
      set((s) => ({ status: s.status === 'ready' ? 'ready' : 'loading' }));
      try {
        const value = await fetch();
        if (mine === generation) apply(value);
      } catch (e) {
        if (mine === generation) set({ status: 'error', error: errorMessage(e) });
      }
    },
  };
}
