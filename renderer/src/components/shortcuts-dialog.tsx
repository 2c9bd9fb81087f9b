import { shortcutList } from '../shortcuts';
import { useShortcutsStore } from '../stores/shortcuts-store';
import { Dialog } from './dialog';
import { Kbd } from './kbd';

export function ShortcutsDialog() {
  const open = useShortcutsStore((s) => s.open);
  const setOpen = useShortcutsStore((s) => s.setOpen);
  if (!open) return null;
  return (
    <Dialog title="Keyboard shortcuts" onClose={() => setOpen(false)} size="sm">
      {shortcutList().map((group) => (
        <section key={group.group} className="shortcuts__group" aria-label={group.group}>
          <h3 className="shortcuts__heading u-meta">{group.group}</h3>
          <dl className="shortcuts__list">
            {group.items.map((item) => (
              <div key={item.label} className="shortcuts__row">
                <dt>{item.label}</dt>
                <dd>
                  <Kbd keys={item.keys} />
                  {item.alt && (
                    <>
                      <span className="shortcuts__or u-meta">or</span>
                      <Kbd keys={item.alt} />
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="shortcuts__note u-hint">In a browser tab, Ctrl+1…7 may switch tabs instead — use G then the letter.</p>
    </Dialog>
  );
}
