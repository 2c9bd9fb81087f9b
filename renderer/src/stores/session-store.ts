import { create } from 'zustand';
import type { ConnectionState } from '../transport/connection';

export type TransportKind = 'electron' | 'web' | 'none';

interface SessionState {
  transport: TransportKind;
  /** The browser host refused our key (restarted with a new one, or the page was opened without it). */
  unauthorized: boolean;
  connection: ConnectionState;
  setTransport(kind: TransportKind): void;
  markUnauthorized(): void;
  setConnection(state: ConnectionState): void;
}

export const useSessionStore = create<SessionState>((set) => ({
  transport: 'none',
  unauthorized: false,
  connection: 'connecting',
  setTransport: (transport) => set({ transport, connection: transport === 'electron' ? 'open' : 'connecting' }),
  markUnauthorized: () => set({ unauthorized: true }),
  setConnection: (connection) => set({ connection }),
}));
