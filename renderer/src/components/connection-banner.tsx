import { useSessionStore } from '../stores/session-store';
import { AlertIcon } from './icons';

/** Tells the user, once and plainly, when the browser host went away or no longer knows this page. */
export function ConnectionBanner() {
  const transport = useSessionStore((s) => s.transport);
  const unauthorized = useSessionStore((s) => s.unauthorized);
  const connection = useSessionStore((s) => s.connection);
  if (transport !== 'web') return null;
  let text: string | null = null;
  if (unauthorized) text = 'This tab’s session key is no longer valid — Worklog Desk was probably restarted. Open the new link printed in your terminal.';
  else if (connection === 'lost') text = 'Lost the connection to Worklog Desk. Is “npm run web” still running? Reconnecting…';
  if (!text) return null;
  return (
    <div className="connection-banner" role="alert">
      <AlertIcon />
      <span>{text}</span>
    </div>
  );
}
