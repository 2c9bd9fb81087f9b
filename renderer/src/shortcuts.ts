import { PAGES } from './routes';
import { modKeyLabel } from './platform';

export interface ShortcutHelp {
  keys: string[];
  /** A second way to press it (e.g. a Linear-style "G then W" that browsers don't reserve). */
  alt?: string[];
  label: string;
}

/** What the shortcuts dialog lists; use-global-shortcuts.ts implements the same keys. */
export function shortcutList(): { group: string; items: ShortcutHelp[] }[] {
  const mod = modKeyLabel();
  return [
    {
      group: 'Go to',
      items: PAGES.map((p, i) => ({
        keys: p.id === 'settings' ? [mod, ','] : [mod, String(i + 1)],
        alt: ['G', p.goKey === ',' ? ',' : p.goKey.toUpperCase()],
        label: p.label,
      })),
    },
    {
      group: 'Worklogs page',
      // Handled by the page itself (features/worklogs/export-menu.tsx): it exists only there.
      items: [{ keys: [mod, 'E'], label: 'Export the current view' }],
    },
    {
      group: 'Sync page',
      items: [{ keys: [mod, 'Enter'], label: 'Start a sync' }],
    },
    {
      group: 'General',
      items: [
        { keys: ['?'], label: 'Show keyboard shortcuts' },
        { keys: ['Esc'], label: 'Close a dialog' },
      ],
    },
  ];
}
