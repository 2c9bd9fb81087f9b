import { useId, useState } from 'react';
import type { RangePreset } from '../../../../shared/domain/dates';
import { presetRange } from '../../../../shared/domain/dates';
import { errorMessage } from '../../api-error';
import { MonitorIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { Spinner } from '../../components/spinner';
import { useNow } from '../../hooks/use-now';
import { useSettingsStore } from '../../stores/settings-store';
import { useToastStore } from '../../stores/toast-store';
import { SettingsSection } from '../settings/settings-port';
import { formatRange } from './sync-format';

const PRESETS: { value: RangePreset; label: string }[] = [
  { value: 'this-week', label: 'This week' },
  { value: 'this-month', label: 'This month' },
  { value: 'last-month', label: 'Last month' },
];

const isPreset = (v: string): v is RangePreset => PRESETS.some((p) => p.value === v);

/** The range the tray menu's "Sync now" uses: one setting, saved in the database for the app and the CLI. */
export function TrayDefaultSection() {
  const settings = useSettingsStore((s) => s.settings);
  const status = useSettingsStore((s) => s.status);
  const loadError = useSettingsStore((s) => s.error);
  const update = useSettingsStore((s) => s.update);
  const showToast = useToastStore((s) => s.show);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const now = useNow(60_000);
  const selectId = useId();
  const hintId = useId();
  const value = settings?.syncDefaultPreset ?? 'this-month';
  const range = presetRange(value, now);

  const change = async (next: string): Promise<void> => {
    if (!isPreset(next) || next === value) return;
    setSaving(true);
    setError(null);
    try {
      await update({ syncDefaultPreset: next });
      const label = PRESETS.find((p) => p.value === next)?.label.toLowerCase() ?? next;
      showToast(`The tray’s Sync now will sync ${label}.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <SettingsSection id="sync-tray" icon={<MonitorIcon />} title="Tray" description="The desktop app’s tray menu has its own Sync now, one click and no questions.">
      {status === 'error' && loadError && <InlineAlert tone="error" title="Could not load the settings">{loadError}</InlineAlert>}
      <div className="setting-row">
        <div className="setting-row__text">
          <label className="setting-row__label" htmlFor={selectId}>
            Default range for the tray’s Sync now
          </label>
          <span className="setting-row__hint u-hint" id={hintId}>
            {settings ? `Right now that is ${formatRange(range.from, range.to)}. All instances, only what changed.` : 'Loading…'}
          </span>
        </div>
        <div className="setting-row__control u-row">
          {saving && <Spinner size={12} />}
          <select id={selectId} className="select" value={value} disabled={!settings || saving} aria-describedby={hintId} onChange={(e) => void change(e.target.value)}>
            {PRESETS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && <InlineAlert tone="error" title="The setting was not saved">{error}</InlineAlert>}
    </SettingsSection>
  );
}
