import { LogoMark } from './icons';

/** Shown when the browser host's page is opened without its secret link (e.g. a bookmark of the bare address). */
export function NoSessionScreen() {
  return (
    <main className="no-session">
      <div className="no-session__card">
        <LogoMark size={40} />
        <h1>Open Worklog Desk from its link</h1>
        <p>
          For your safety this page only works with the private link Worklog Desk printed when it started. Find the line
          <code>Worklog Desk is running at http://127.0.0.1:…/#token=…</code>
          in your terminal and open that link. If it is no longer running, start it again with <code>npm run web</code>.
        </p>
      </div>
    </main>
  );
}
