import { create } from 'zustand';
import type { AppInfo } from '../../../shared/domain/app-info';
import { call } from '../api';
import { errorMessage } from '../api-error';

interface AppInfoState {
  info: AppInfo | null;
  error: string | null;
  load(): Promise<void>;
}

export const useAppInfoStore = create<AppInfoState>((set) => ({
  info: null,
  error: null,
  load: async () => {
    try {
      set({ info: await call('app.info'), error: null });
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },
}));
