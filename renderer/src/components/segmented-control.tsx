import type { ReactNode } from 'react';

export interface SegmentOption<T extends string> {
  value: T;
  label: string;
  icon?: ReactNode;
}

/** A radio group styled as a segmented control: arrow keys move between options, as with native radios. */
export function SegmentedControl<T extends string>({ label, name, value, options, onChange }: { label: string; name: string; value: T; options: readonly SegmentOption<T>[]; onChange(value: T): void }) {
  return (
    <div className="segmented" role="radiogroup" aria-label={label}>
      {options.map((o) => (
        <label key={o.value} className={['segmented__option u-muted', o.value === value ? 'is-selected' : ''].join(' ')}>
          <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} className="segmented__input" />
          {o.icon}
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}
