import { useRef, useState } from 'react';
import type { ColumnId } from './explorer-store';
import { COLUMNS } from './explorer-store';
import { COLUMN_DEFS } from './columns';
import { useOutsideClick } from '../../hooks/use-outside-click';

/** Show/hide table columns; at least one stays visible. */
export function ColumnChooser({ hidden, onToggle }: { hidden: readonly ColumnId[]; onToggle(id: ColumnId): void }) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useOutsideClick(rootRef, open, () => setOpen(false));
  const visible = COLUMNS.length - hidden.length;
  return (
    <div className="ms" ref={rootRef}>
      <button ref={buttonRef} type="button" className="ms__button u-muted" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <svg width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.9" aria-hidden="true">
          <rect x="3" y="4" width="18" height="16" rx="2" />
          <path d="M9 4v16M15 4v16" />
        </svg>
        <span className="ms__label">Columns</span>
      </button>
      {open && (
        <div
          className="ms__popover ms__popover--end"
          role="dialog"
          aria-label="Columns"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setOpen(false);
              buttonRef.current?.focus();
            }
          }}
        >
          <div className="ms__list" role="group" aria-label="Visible columns">
            {COLUMNS.map((id) => {
              const on = !hidden.includes(id);
              return (
                <label key={id} className="ms__option u-row">
                  <input type="checkbox" checked={on} disabled={on && visible === 1} onChange={() => onToggle(id)} />
                  <span className="ms__option-label u-ellipsis">{COLUMN_DEFS[id].label}</span>
                </label>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
