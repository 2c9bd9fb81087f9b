import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { useId, useState } from 'react';
import { EyeIcon, EyeOffIcon } from './icons';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  error?: string | undefined;
  /** Secret fields get a show/hide toggle for what the user is typing now (never for a saved value). */
  secret?: boolean;
  ref?: Ref<HTMLInputElement>;
  optional?: boolean;
}

/** A labelled input whose hint and error are wired to it for assistive tech (aria-describedby / aria-invalid). */
export function TextField({ label, value, onChange, hint, error, secret = false, optional = false, className, id, type, autoComplete, spellCheck, ...rest }: TextFieldProps) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const [revealed, setRevealed] = useState(false);
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={inputId}>
        {label}
        {optional && <span className="field__optional">optional</span>}
      </label>
      <div className="field__control">
        <input
          {...rest}
          id={inputId}
          className="input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          type={secret ? (revealed ? 'text' : 'password') : (type ?? 'text')}
          spellCheck={secret ? false : spellCheck}
          autoComplete={secret ? 'off' : autoComplete}
        />
        {secret && (
          <button
            type="button"
            className="field__reveal"
            onClick={() => setRevealed((r) => !r)}
            aria-label={revealed ? `Hide ${label.toLowerCase()}` : `Show ${label.toLowerCase()}`}
            aria-pressed={revealed}
            title={revealed ? 'Hide' : 'Show'}
          >
            {revealed ? <EyeOffIcon /> : <EyeIcon />}
          </button>
        )}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field__hint u-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
