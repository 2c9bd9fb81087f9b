import { useState } from 'react';
import type { ExpectedUpTo } from '../../../../shared/domain/settings';
import { errorMessage } from '../../api-error';
import { useSettingsStore } from '../../stores/settings-store';
import { useTimesheetStore } from './timesheet-store';
import { shortDay } from './timesheet-format';

/**
 * In a period still running, says up to which day expected hours count (later days are greyed and
 * left out of the totals) and lets the lead choose yesterday (default: today is still being
 * logged) or today. The setting lives in main, so the CLI's `hours` and the export follow it too.
 */
export function CountedThroughNote({ through }: { through: string }) {
  const upTo = useSettingsStore((s) => s.settings?.expectedUpTo ?? 'yesterday');
  const update = useSettingsStore((s) => s.update);
  const [error, setError] = useState<string | null>(null);
  const change = async (value: ExpectedUpTo): Promise<void> => {
    setError(null);
    try {
      await update({ expectedUpTo: value });
      await useTimesheetStore.getState().load();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div className="ts-note u-muted ts-counted" data-testid="counted-through-note">
      <span>
        Expected hours count up to <strong>{shortDay(through)}</strong>; later days are greyed and left out of the totals.
      </span>
      <label className="ts-select">
        <span className="visually-hidden">Count expected hours up to</span>
        <select aria-label="Count expected hours up to" value={upTo} onChange={(e) => void change(e.target.value as ExpectedUpTo)}>
          <option value="yesterday">Up to yesterday</option>
          <option value="today">Up to today</option>
        </select>
      </label>
      {error && (
        <span role="alert" className="ts-counted__error">
          {error}
        </span>
      )}
    </div>
  );
}
