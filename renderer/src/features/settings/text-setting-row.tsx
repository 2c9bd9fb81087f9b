import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { errorMessage } from '../../api-error';
import { Button } from '../../components/button';
import type { Checked } from './week-settings-validation';
import { useSavedText } from './use-saved-text';

export interface TextSettingRowProps<T> {
  label: string;
  hint: string;
  /** The saved value as the field shows it. */
  saved: string;
  check(text: string): Checked<T>;
  /** Saves the checked value; a refusal from main (thrown) is shown under the row. */
  save(value: T): Promise<void>;
  unit?: string;
  inputMode: 'numeric' | 'decimal';
  placeholder?: string;
  disabled?: boolean;
  /** e.g. "input--hours", "input--time". */
  inputClass: string;
}

/** One typed setting with its own Save: checked when saved, the problem in plain words under it, nothing stored until it is right. */
export function TextSettingRow<T>(p: TextSettingRowProps<T>) {
  const [text, setText] = useSavedText(p.saved);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const dirty = text.trim() !== p.saved;

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const checked = p.check(text);
    if (!checked.ok) return setError(checked.error);
    setError(null);
    setSaving(true);
    try {
      await p.save(checked.value);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <form className="setting-row" onSubmit={(e) => void submit(e)} noValidate>
        <div className="setting-row__text">
          <label className="setting-row__label" htmlFor={id}>
            {p.label}
          </label>
          <span className="setting-row__hint u-hint" id={hintId}>
            {p.hint}
          </span>
        </div>
        <div className="setting-row__control u-row">
          <input
            id={id}
            className={`input ${p.inputClass}`}
            type="text"
            inputMode={p.inputMode}
            autoComplete="off"
            placeholder={p.placeholder}
            value={text}
            disabled={p.disabled}
            aria-invalid={error ? true : undefined}
            aria-describedby={[error ? errorId : '', hintId].filter(Boolean).join(' ')}
            onChange={(e) => {
              setText(e.target.value);
              if (error) setError(null);
            }}
          />
          {p.unit && <span className="setting-row__unit u-muted">{p.unit}</span>}
          <Button type="submit" size="sm" variant={dirty ? 'primary' : 'secondary'} pending={saving} disabled={p.disabled || !dirty}>
            Save
          </Button>
        </div>
      </form>
      {error && (
        <p className="field__error setting-row__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </>
  );
}
