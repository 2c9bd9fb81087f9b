import type { KeyboardEvent } from 'react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { foldText } from '../../../../shared/domain/explorer';
import type { EmployeeView } from '../../../../shared/domain/leaves';

/** At most this many suggestions at once: typing narrows the list. */
const MAX_SHOWN = 8;

const labelOf = (e: EmployeeView): string => e.name ?? e.email ?? `Employee ${e.id}`;

/**
 * A combobox over the Factorial employees: type part of a name, an email or an id (accents and
 * letter case ignored), pick with the arrow keys and Enter or with the mouse. Employees already
 * mapped to someone else are marked, not hidden: two Jira accounts of one person are legitimate.
 */
export function EmployeePicker({
  id,
  label,
  employees,
  currentAccountId,
  onPick,
}: {
  id: string;
  label: string;
  employees: readonly EmployeeView[];
  currentAccountId: string;
  onPick(employee: EmployeeView): void;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  // Rows near the bottom of the page would open their suggestions below the fold.
  // (A block body: newer Chromium returns a promise from scrollIntoView, which React would take for a cleanup.)
  useEffect(() => {
    void listRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const shown = useMemo(() => {
    const q = foldText(query.trim());
    const hits = q ? employees.filter((e) => foldText(`${e.name ?? ''} ${e.email ?? ''} ${e.id}`).includes(q)) : employees;
    return hits.slice(0, MAX_SHOWN);
  }, [employees, query]);
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + shown.length) % Math.max(1, shown.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const pick = shown[activeIndex];
      if (pick) onPick(pick);
    }
  };

  return (
    <div className="lv-picker">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input lv-picker__input"
        role="combobox"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown[activeIndex] ? `${listId}-${shown[activeIndex].id}` : undefined}
        placeholder="Name, email or id"
        value={query}
        onChange={(e) => (setQuery(e.target.value), setActive(0))}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
        autoFocus
      />
      <ul ref={listRef} id={listId} role="listbox" className="listbox lv-picker__list" aria-label={label}>
        {shown.map((e, i) => {
          const others = e.mappedAccountIds.filter((a) => a !== currentAccountId).length;
          return (
            <li
              key={e.id}
              id={`${listId}-${e.id}`}
              role="option"
              aria-selected={i === activeIndex}
              className={`listbox__option lv-picker__option${i === activeIndex ? ' is-active' : ''}`}
              onMouseEnter={() => setActive(i)}
              // mousedown, not click: the input keeps focus, so the list does not flicker.
              onMouseDown={(ev) => (ev.preventDefault(), onPick(e))}
            >
              <span className="lv-picker__name">{labelOf(e)}</span>
              <span className="lv-picker__meta u-meta">
                {e.name !== null && e.email !== null ? `${e.email} · ` : ''}#{e.id}
                {others > 0 ? ` · mapped to ${others === 1 ? 'someone' : `${others} people`} already` : ''}
              </span>
            </li>
          );
        })}
        {shown.length === 0 && <li className="lv-picker__none u-meta">No employee matches “{query.trim()}”.</li>}
      </ul>
    </div>
  );
}
