import { create } from 'zustand';

/** A button in a toast ("Show in folder"); running it dismisses the toast. */
export interface ToastAction {
  label: string;
  run(): void;
}

export interface Toast {
  id: number;
  tone: 'success' | 'info' | 'error';
  message: string;
  /** A second, quieter line (e.g. where a file went). */
  detail?: string;
  action?: ToastAction;
}

interface ToastState {
  toasts: Toast[];
  show(message: string, tone?: Toast['tone'], extra?: { detail?: string; action?: ToastAction }): void;
  dismiss(id: number): void;
}

let nextId = 1;
const LIFETIME_MS = 4500;
/** Long enough to read an error, or to reach for the toast's button. */
const LONG_LIFETIME_MS = 9000;

/** Short confirmations after an action ("Added “alpha”."); errors that need reading stay inline instead. */
export const useToastStore = create<ToastState>((set, get) => ({
  toasts: [],
  show: (message, tone = 'success', extra = {}) => {
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts.slice(-2), { id, tone, message, ...extra }] }));
    window.setTimeout(() => get().dismiss(id), extra.action || tone === 'error' ? LONG_LIFETIME_MS : LIFETIME_MS);
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));
