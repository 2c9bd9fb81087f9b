import type { EventName, EventPayload } from '../../shared/contract.js';

type Listener = (event: EventName, payload: unknown) => void;

/** Events from services to whichever transports are listening (IPC windows, browser-host streams, CLI). */
export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: Listener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<Listener>();
  return {
    emit(event, payload) {
      for (const l of listeners) l(event, payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
