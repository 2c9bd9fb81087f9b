import { modKeyLabel } from '../platform';
import { PAGES, pageHref } from '../routes';
import { useRouteStore } from '../stores/route-store';
import { useSessionStore } from '../stores/session-store';
import { useShortcutsStore } from '../stores/shortcuts-store';
import { useSyncStore } from '../stores/sync-store';
import { KeyboardIcon, LogoMark } from './icons';
import { Kbd } from './kbd';
import { PageIcon } from './page-icon';

const MAIN_PAGES = PAGES.filter((p) => p.id !== 'settings');

export function Sidebar() {
  const page = useRouteStore((s) => s.page);
  const transport = useSessionStore((s) => s.transport);
  const connection = useSessionStore((s) => s.connection);
  const unauthorized = useSessionStore((s) => s.unauthorized);
  const openShortcuts = useShortcutsStore((s) => s.setOpen);
  const syncing = useSyncStore((s) => s.running);
  const mod = modKeyLabel();

  const link = (id: (typeof PAGES)[number]['id'], label: string, keys: string[]) => (
    <li key={id}>
      <a href={pageHref(id)} title={label} className={['nav-link', page === id ? 'is-active' : ''].join(' ')} aria-current={page === id ? 'page' : undefined} aria-keyshortcuts={keys.join('+').replace('Ctrl', 'Control').replace('⌘', 'Meta')}>
        <PageIcon page={id} />
        <span className="nav-link__label">
          {label}
          {id === 'sync' && syncing && <span className="nav-link__activity" aria-hidden="true" title="A sync is running" />}
        </span>
        <Kbd keys={keys} className="nav-link__kbd" decorative />
      </a>
    </li>
  );

  return (
    <aside className="sidebar">
      <div className="sidebar__brand">
        <LogoMark />
        <span className="sidebar__name">Worklog Desk</span>
      </div>
      <nav className="sidebar__nav" aria-label="Main">
        <ul className="nav-list">{MAIN_PAGES.map((p, i) => link(p.id, p.label, [mod, String(i + 1)]))}</ul>
        <ul className="nav-list nav-list--bottom">{link('settings', 'Settings', [mod, ','])}</ul>
      </nav>
      <button type="button" className="sidebar__shortcuts u-hint" title="Keyboard shortcuts (?)" onClick={() => openShortcuts(true)}>
        <KeyboardIcon />
        <span>Keyboard shortcuts</span>
        <Kbd keys={['?']} decorative />
      </button>
      {transport === 'web' && (
        <div className="sidebar__status u-meta u-row" title="Worklog Desk is running as a local web page (npm run web); it only answers on this computer.">
          <span className={['status-dot', connection === 'open' && !unauthorized ? 'status-dot--ok' : connection === 'connecting' ? '' : 'status-dot--bad'].join(' ')} aria-hidden="true" />
          <span>Browser tab · {unauthorized ? 'session expired' : connection === 'open' ? 'connected' : connection === 'connecting' ? 'connecting…' : 'disconnected'}</span>
        </div>
      )}
    </aside>
  );
}
