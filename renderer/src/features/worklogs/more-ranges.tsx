import type { KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { ExplorerPreset } from '../../../../shared/domain/dates';
import type { RangeChoice } from './explorer-store';
import { onMenuKey } from '../../components/menu-keys';
import { useOutsideClick } from '../../hooks/use-outside-click';

/** The ranges beyond the segmented control's, in the menu's order. */
export const MORE_RANGES: ReadonlyArray<{ value: ExplorerPreset; label: string }> = [
  { value: 'today', label: 'Today' },
  { value: 'yesterday', label: 'Yesterday' },
  { value: 'last-week', label: 'Last week' },
  { value: 'last-7-days', label: 'Last 7 days' },
  { value: 'last-30-days', label: 'Last 30 days' },
  { value: 'this-quarter', label: 'This quarter' },
  { value: 'last-quarter', label: 'Last quarter' },
  { value: 'this-year', label: 'This year' },
  { value: 'last-year', label: 'Last year' },
];

/**
 * "More ▾" next to the range buttons: a menu of the less frequent ranges. While one of them is the
 * range, the button says which and looks selected, so the choice stays visible.
 */
export function MoreRanges({ value, onChange }: { value: RangeChoice; onChange(value: ExplorerPreset): void }) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const chosen = MORE_RANGES.find((r) => r.value === value);

  useEffect(() => {
    if (!open) return;
    // Focus the chosen range (or the first) so the arrow keys start from there.
    const items = menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]');
    (Array.from(items ?? []).find((el) => el.getAttribute('aria-checked') === 'true') ?? items?.[0])?.focus();
  }, [open]);
  useOutsideClick(rootRef, open, () => setOpen(false));

  const close = (): void => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => onMenuKey(e, menuRef.current, { onEscape: close, onTab: () => setOpen(false) });

  return (
    <div className="ms" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={`ms__button u-muted wl-more-ranges${chosen ? ' is-active' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => e.key === 'ArrowDown' && (e.preventDefault(), setOpen(true))}
      >
        <span className="ms__label">{chosen ? chosen.label : 'More'}</span>
        <svg className="ms__chevron" width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <path d="m6 9 6 6 6-6" />
        </svg>
      </button>
      {open && (
        <div ref={menuRef} className="menu wl-more-ranges__menu" role="menu" aria-label="More date ranges" onKeyDown={onKeyDown}>
          {MORE_RANGES.map((r) => (
            <button
              key={r.value}
              type="button"
              role="menuitemradio"
              aria-checked={r.value === value}
              className="menu__item wl-more-ranges__item"
              onClick={() => {
                onChange(r.value);
                close();
              }}
            >
              {r.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
