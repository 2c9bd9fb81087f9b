import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { BACKGROUND_SYNC_CHOICES, STALE_AFTER_HOURS } from '../../../../shared/domain/settings';
import { errorMessage } from '../../api-error';
import { Button } from '../../components/button';
import { PulseIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { Spinner } from '../../components/spinner';
import { useSettingsStore } from '../../stores/settings-store';
import { useToastStore } from '../../stores/toast-store';
import { SettingsSection } from '../settings/settings-port';

const choiceLabel = (hours: number): string => (hours === 0 ? 'Off' : hours === 1 ? 'Every hour' : `Every ${hours} hours`);

/** The typed threshold, checked here first so the message comes at once (main checks again). */
export function staleHoursError(text: string): string | null {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(n) || n < STALE_AFTER_HOURS.min || n > STALE_AFTER_HOURS.max) {
    return `Enter a whole number of hours from ${STALE_AFTER_HOURS.min} to ${STALE_AFTER_HOURS.max} (30 days).`;
  }
  return null;
}

/** When the header calls data stale, and whether the app syncs by itself every few hours. */
export function FreshnessSettingsSection() {
  const settings = useSettingsStore((s) => s.settings);
  const update = useSettingsStore((s) => s.update);
  const showToast = useToastStore((s) => s.show);
  const saved = settings?.staleAfterHours ?? STALE_AFTER_HOURS.default;
  const [text, setText] = useState(String(saved));
  const [staleError, setStaleError] = useState<string | null>(null);
  const [savingStale, setSavingStale] = useState(false);
  const [savingBackground, setSavingBackground] = useState(false);
  const [backgroundError, setBackgroundError] = useState<string | null>(null);
  const staleId = useId();
  const staleHintId = useId();
  const staleErrorId = useId();
  const backgroundId = useId();
  const backgroundHintId = useId();

  // A saved value that changes (here, in another window, from the CLI) replaces what the field shows.
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    setShown(saved);
    setText(String(saved));
  }

  const saveStale = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const problem = staleHoursError(text);
    setStaleError(problem);
    if (problem) return;
    const hours = Number(text.trim());
    if (hours === saved) return;
    setSavingStale(true);
    try {
      await update({ staleAfterHours: hours });
      showToast(`The header now warns when an instance hasn’t synced for ${hours === 1 ? 'an hour' : `${hours} hours`}.`);
    } catch (err) {
      setStaleError(errorMessage(err));
    } finally {
      setSavingStale(false);
    }
  };

  const background = settings?.backgroundSyncHours ?? 0;
  const changeBackground = async (value: string): Promise<void> => {
    const hours = Number(value);
    if (!Number.isInteger(hours) || hours === background) return;
    setSavingBackground(true);
    setBackgroundError(null);
    try {
      await update({ backgroundSyncHours: hours });
      showToast(hours === 0 ? 'Background sync is off.' : `Background sync: ${choiceLabel(hours).toLowerCase()} while Worklog Desk is open.`);
    } catch (err) {
      setBackgroundError(errorMessage(err));
    } finally {
      setSavingBackground(false);
    }
  };

  const dirty = text.trim() !== String(saved);
  // An unusual value saved from the CLI is still shown as itself.
  const choices = (BACKGROUND_SYNC_CHOICES as readonly number[]).includes(background) ? BACKGROUND_SYNC_CHOICES : [...BACKGROUND_SYNC_CHOICES, background].sort((a, b) => a - b);

  return (
    <SettingsSection id="sync-freshness" icon={<PulseIcon />} title="Freshness and background sync" description="Every page’s header shows how old each instance’s data is.">
      <form className="setting-row" onSubmit={(e) => void saveStale(e)} noValidate>
        <div className="setting-row__text">
          <label className="setting-row__label" htmlFor={staleId}>
            Warn when data is older than
          </label>
          <span className="setting-row__hint u-hint" id={staleHintId}>
            Past this, the header turns amber for that instance and offers Sync now. Instances never synced always warn.
          </span>
        </div>
        <div className="setting-row__control u-row">
          <input
            id={staleId}
            className="input input--hours"
            type="number"
            inputMode="numeric"
            min={STALE_AFTER_HOURS.min}
            max={STALE_AFTER_HOURS.max}
            step={1}
            value={text}
            disabled={!settings}
            aria-invalid={staleError ? true : undefined}
            aria-describedby={[staleError ? staleErrorId : '', staleHintId].filter(Boolean).join(' ')}
            onChange={(e) => {
              setText(e.target.value);
              if (staleError) setStaleError(null);
            }}
          />
          <span className="setting-row__unit u-muted">hours</span>
          <Button type="submit" size="sm" variant={dirty ? 'primary' : 'secondary'} pending={savingStale} disabled={!settings || !dirty}>
            Save
          </Button>
        </div>
      </form>
      {staleError && (
        <p className="field__error setting-row__error" id={staleErrorId} role="alert">
          {staleError}
        </p>
      )}
      <div className="setting-row">
        <div className="setting-row__text">
          <label className="setting-row__label" htmlFor={backgroundId}>
            Background sync
          </label>
          <span className="setting-row__hint u-hint" id={backgroundHintId}>
            While Worklog Desk is open, syncs the tray’s range on its own, counted from the end of the last sync — syncing by hand postpones it. A failure shows in the history and as a
            notification.
          </span>
        </div>
        <div className="setting-row__control u-row">
          {savingBackground && <Spinner size={12} />}
          <select id={backgroundId} className="select" value={background} disabled={!settings || savingBackground} aria-describedby={backgroundHintId} onChange={(e) => void changeBackground(e.target.value)}>
            {choices.map((h) => (
              <option key={h} value={h}>
                {choiceLabel(h)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {backgroundError && <InlineAlert tone="error" title="Background sync was not changed">{backgroundError}</InlineAlert>}
    </SettingsSection>
  );
}
