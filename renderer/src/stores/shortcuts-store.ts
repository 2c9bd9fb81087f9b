import { create } from 'zustand';

interface ShortcutsState {
  open: boolean;
  setOpen(open: boolean): void;
}

/** Whether the keyboard shortcuts dialog is showing (opened by `?` or the sidebar button). */
export const useShortcutsStore = create<ShortcutsState>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
