import type { Ref } from 'react';
import { TextField } from '../../components/text-field';
import type { RangeErrors } from './range-validation';

export interface DateRangeFieldsProps {
  from: string;
  to: string;
  onChange(range: { from: string; to: string }): void;
  errors: RangeErrors;
  labels?: { from: string; to: string };
  fromRef?: Ref<HTMLInputElement>;
  toRef?: Ref<HTMLInputElement>;
}

/** Two native date inputs (the system's own picker, keyboard-friendly), errors wired to each. */
export function DateRangeFields({ from, to, onChange, errors, labels = { from: 'From', to: 'To' }, fromRef, toRef }: DateRangeFieldsProps) {
  return (
    <div className="date-range">
      <TextField label={labels.from} type="date" ref={fromRef} value={from} onChange={(v) => onChange({ from: v, to })} error={errors.from} max={to || undefined} className="date-range__field" />
      <span className="date-range__dash" aria-hidden="true">
        –
      </span>
      <TextField label={labels.to} type="date" ref={toRef} value={to} onChange={(v) => onChange({ from, to: v })} error={errors.to} min={from || undefined} className="date-range__field" />
    </div>
  );
}
