/** How a transport is doing, reported to the UI (session store) without the transport knowing React. */
export type ConnectionState = 'connecting' | 'open' | 'lost';

export interface TransportHooks {
  /** The host refused our secret: it was restarted, or the page was opened without its link. */
  onUnauthorized(): void;
  onConnection(state: ConnectionState): void;
}
