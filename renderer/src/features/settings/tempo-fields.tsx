import type { ReactNode, Ref } from 'react';
import { useId } from 'react';
import { TextField } from '../../components/text-field';
import { TEMPO_REGIONS } from './instance-validation';

export interface TempoFieldsProps {
  enabled: boolean;
  onEnabledChange(enabled: boolean): void;
  baseUrl: string;
  onBaseUrlChange(value: string): void;
  errors: { token?: string | undefined; baseUrl?: string | undefined };
  baseUrlRef?: Ref<HTMLInputElement>;
  /** The token input for a new token… */
  token?: string;
  onTokenChange?: (value: string) => void;
  tokenRef?: Ref<HTMLInputElement>;
  /** …or, when editing, whatever shows the saved token's state instead (never the token). */
  tokenSlot?: ReactNode;
  /** Editing an instance whose Tempo token is saved: the checkbox would read as "remove", so hide it. */
  hideToggle?: boolean;
}

export const TEMPO_TOKEN_HINT = 'In Jira, open Tempo → Settings → API integration → New token, and give it access to worklogs.';

/** Optional Tempo part of an instance: a token and the regional API address, with the regions one click away. */
export function TempoFields({ enabled, onEnabledChange, baseUrl, onBaseUrlChange, errors, baseUrlRef, token, onTokenChange, tokenRef, tokenSlot, hideToggle }: TempoFieldsProps) {
  const listId = useId();
  const toggleId = useId();
  return (
    <fieldset className="tempo-fields">
      <legend className="visually-hidden">Tempo</legend>
      {!hideToggle && (
        <label className="checkbox" htmlFor={toggleId}>
          <input id={toggleId} type="checkbox" checked={enabled} onChange={(e) => onEnabledChange(e.target.checked)} />
          <span className="checkbox__text">
            <span className="checkbox__label">This site uses Tempo</span>
            <span className="checkbox__hint u-hint">Teams on Tempo Timesheets keep worklogs in Tempo; Worklog Desk reads them with a Tempo API token.</span>
          </span>
        </label>
      )}
      {enabled && (
        <div className="form-grid tempo-fields__body">
          {tokenSlot ?? (
            <TextField label="Tempo API token" ref={tokenRef} value={token ?? ''} onChange={(v) => onTokenChange?.(v)} error={errors.token} secret hint={TEMPO_TOKEN_HINT} />
          )}
          <div className="field-with-chips">
            <TextField
              label="Tempo API address"
              ref={baseUrlRef}
              value={baseUrl}
              onChange={onBaseUrlChange}
              error={errors.baseUrl}
              list={listId}
              inputMode="url"
              spellCheck={false}
              autoComplete="off"
              hint="Where your Tempo data is hosted. Most sites use the global address."
            />
            <datalist id={listId}>
              {TEMPO_REGIONS.map((r) => (
                <option key={r.url} value={r.url}>
                  {r.label}
                </option>
              ))}
            </datalist>
            <div className="chips" role="group" aria-label="Tempo region">
              {TEMPO_REGIONS.map((r) => (
                <button key={r.url} type="button" className="chip" aria-pressed={baseUrl.trim() === r.url} onClick={() => onBaseUrlChange(r.url)} title={r.url}>
                  {r.label}
                </button>
              ))}
            </div>
          </div>
        </div>
      )}
    </fieldset>
  );
}
