import type { ReactNode, Ref } from 'react';
import { useId } from 'react';
import { Button } from '../../components/button';
import { CheckIcon } from '../../components/icons';
import { TextField } from '../../components/text-field';

export interface SavedSecretFieldProps {
  label: string;
  /** null: keep the saved token; a string: the replacement being typed. */
  replacement: string | null;
  onReplacementChange(value: string | null): void;
  error?: string | undefined;
  hint?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  /** More buttons next to "Replace", e.g. "Remove". */
  extra?: ReactNode;
}

/**
 * A saved token is never read back: the field says only "Saved ✓". "Replace" swaps in an empty
 * input for a new token; "Keep saved" puts the old state back.
 */
export function SavedSecretField({ label, replacement, onReplacementChange, error, hint, inputRef, extra }: SavedSecretFieldProps) {
  const labelId = useId();
  if (replacement !== null) {
    return (
      <div className="saved-secret saved-secret--replacing">
        <TextField label={`New ${label}`} ref={inputRef} value={replacement} onChange={(v) => onReplacementChange(v)} error={error} secret hint={hint} autoFocus />
        <Button size="sm" variant="ghost" onClick={() => onReplacementChange(null)}>
          Keep the saved token
        </Button>
      </div>
    );
  }
  return (
    <div className="field saved-secret" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="field__label">
        {label}
      </span>
      <div className="saved-secret__row u-row">
        <span className="saved-secret__state">
          <CheckIcon size={14} />
          Saved
          <span className="visually-hidden"> in the system keychain</span>
        </span>
        <Button size="sm" onClick={() => onReplacementChange('')} aria-label={`Replace ${label}`}>
          Replace
        </Button>
        {extra}
      </div>
    </div>
  );
}
