import type { ReactNode } from 'react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { foldText } from '../../../../shared/domain/explorer';
import { useOutsideClick } from '../../hooks/use-outside-click';

export interface Option {
  value: string;
  label: string;
  /** Shown after the label, muted (a key, an instance). */
  detail?: string;
  count?: number;
  /** Options with the same section are listed under its heading. */
  section?: string;
}

export interface MultiSelectProps {
  label: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange(values: string[]): void;
  /** Extra controls on top of the list (e.g. the "My team" toggle). */
  header?: ReactNode;
  placeholder?: string;
  icon?: ReactNode;
}

/**
 * A filter button opening a searchable list of checkboxes. The search is accent- and
 * case-insensitive ("zoe" finds "Zoë"); Esc or a click outside closes it.
 */
export function MultiSelect({ label, options, selected, onChange, header, placeholder, icon }: MultiSelectProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const popId = useId();

  useEffect(() => {
    if (!open) return;
    searchRef.current?.focus();
  }, [open]);
  useOutsideClick(rootRef, open, () => setOpen(false));

  const shown = useMemo(() => {
    const q = foldText(query.trim());
    return q ? options.filter((o) => foldText(`${o.label} ${o.detail ?? ''}`).includes(q)) : options;
  }, [options, query]);

  const set = new Set(selected);
  const toggle = (value: string): void => onChange(set.has(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  const first = selected.length === 1 ? options.find((o) => o.value === selected[0]) : undefined;
  const summary = selected.length === 0 ? null : first ? first.label : `${selected.length}`;

  const headings = shown.map((o, i) => (o.section !== undefined && o.section !== shown[i - 1]?.section ? o.section : undefined));
  return (
    <div className="ms" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={['ms__button u-muted', selected.length ? 'is-active' : ''].join(' ')}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {icon}
        <span className="ms__label">{label}</span>
        {summary && <span className="ms__value u-ellipsis">{summary}</span>}
        <svg className="ms__chevron" width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" aria-hidden="true">
          <path d="m6 9 6 6 6-6" />
        </svg>
      </button>
      {open && (
        <div
          id={popId}
          className="ms__popover"
          role="dialog"
          aria-label={`Filter by ${label.toLowerCase()}`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setOpen(false);
              buttonRef.current?.focus();
            }
          }}
        >
          <input
            ref={searchRef}
            className="input ms__search"
            type="search"
            placeholder={placeholder ?? `Search ${label.toLowerCase()}…`}
            aria-label={`Search ${label.toLowerCase()}`}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          {header}
          <div className="ms__list" role="group" aria-label={label}>
            {shown.length === 0 && <p className="ms__empty u-hint">{options.length === 0 ? 'Nothing in this range.' : 'No match.'}</p>}
            {shown.map((o, i) => {
              const heading = headings[i];
              return (
                <div key={o.value}>
                  {heading && <div className="ms__section u-meta">{heading}</div>}
                  <label className="ms__option u-row">
                    <input type="checkbox" checked={set.has(o.value)} onChange={() => toggle(o.value)} />
                    <span className="ms__option-label u-ellipsis">{o.label}</span>
                    {o.detail && <span className="ms__option-detail u-meta">{o.detail}</span>}
                    {o.count !== undefined && <span className="ms__option-count u-meta">{new Intl.NumberFormat().format(o.count)}</span>}
                  </label>
                </div>
              );
            })}
          </div>
          <div className="ms__footer u-meta">
            <span className="ms__footer-text">{selected.length ? `${selected.length} selected` : 'All'}</span>
            <button type="button" className="link-button" disabled={!selected.length} onClick={() => onChange([])}>
              Clear
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
