import './settings-week.css';
import { useId, useState } from 'react';
import type { ExpectedUpTo } from '../../../../shared/domain/settings';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import { errorMessage } from '../../api-error';
import { CalendarIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { useSettingsStore } from '../../stores/settings-store';
import { useToastStore } from '../../stores/toast-store';
import { SettingsSection } from './settings-section';
import { TextSettingRow } from './text-setting-row';
import { checkMaxDayHours, checkReminderTime } from './week-settings-validation';

const UP_TO_HINT: Record<ExpectedUpTo, string> = {
  yesterday: 'In the current week or month, today is still being logged: its expected hours are left out of the totals until tomorrow.',
  today: 'In the current week or month, today’s expected hours count as soon as the day starts.',
};

/** Settings → The team's week: the morning reminder, up to which day expected hours count, and when a day is "too long". */
export function WeekSection() {
  const settings = useSettingsStore((s) => s.settings);
  const update = useSettingsStore((s) => s.update);
  const showToast = useToastStore((s) => s.show);
  const s = settings ?? DEFAULT_SETTINGS;
  const [error, setError] = useState<string | null>(null);
  const reminderId = useId();
  const reminderHintId = useId();
  const upToId = useId();
  const upToHintId = useId();

  const change = async (patch: Parameters<typeof update>[0], done: string): Promise<void> => {
    setError(null);
    try {
      await update(patch);
      showToast(done);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <SettingsSection id="week" icon={<CalendarIcon />} title="The team’s week" description="How the Timesheet counts, and a morning reminder of who is behind. Shared with the tray and the command line.">
      <div className="setting-row">
        <div className="setting-row__text">
          <label className="setting-row__label" htmlFor={reminderId}>
            Morning reminder
          </label>
          <span className="setting-row__hint u-hint" id={reminderHintId}>
            Once a working day, the tray tells you how many people logged less than expected the day before, and opens the Timesheet on them. Nothing is sent to anyone.
          </span>
        </div>
        <div className="setting-row__control">
          <span className="setting-switch">
            <input
              id={reminderId}
              type="checkbox"
              role="switch"
              checked={s.morningReminder}
              disabled={!settings}
              aria-describedby={reminderHintId}
              onChange={(e) => void change({ morningReminder: e.target.checked }, e.target.checked ? `Morning reminder on, at ${s.morningReminderTime}.` : 'Morning reminder off.')}
            />
            <span aria-hidden="true">{s.morningReminder ? 'On' : 'Off'}</span>
          </span>
        </div>
      </div>
      <TextSettingRow
        label="Reminder time"
        hint="Your computer’s local time, 24-hour clock. If it is asleep then, the reminder comes when it wakes up (the same day)."
        saved={s.morningReminderTime}
        check={checkReminderTime}
        save={(time) => change({ morningReminderTime: time }, `The morning reminder comes at ${time}.`)}
        inputMode="numeric"
        placeholder="09:00"
        inputClass="input--time"
        disabled={!settings}
      />
      <div className="setting-row">
        <div className="setting-row__text">
          <label className="setting-row__label" htmlFor={upToId}>
            Expected hours count up to
          </label>
          <span className="setting-row__hint u-hint" id={upToHintId}>
            {UP_TO_HINT[s.expectedUpTo]}
          </span>
        </div>
        <div className="setting-row__control">
          <select
            id={upToId}
            className="select"
            value={s.expectedUpTo}
            disabled={!settings}
            aria-describedby={upToHintId}
            onChange={(e) => {
              const value = e.target.value as ExpectedUpTo;
              void change({ expectedUpTo: value }, value === 'today' ? 'Expected hours now count up to today.' : 'Expected hours now count up to yesterday.');
            }}
          >
            <option value="yesterday">Yesterday</option>
            <option value="today">Today</option>
          </select>
        </div>
      </div>
      <TextSettingRow
        label="Flag days over"
        hint="The Timesheet’s anomalies mark a day with more logged than this, for one person."
        saved={String(s.maxDayHours)}
        check={checkMaxDayHours}
        save={(hours) => change({ maxDayHours: hours }, `Days over ${hours} h are now flagged.`)}
        unit="hours"
        inputMode="decimal"
        inputClass="input--hours"
        disabled={!settings}
      />
      {error && (
        <InlineAlert tone="error" title="Not saved">
          {error}
        </InlineAlert>
      )}
    </SettingsSection>
  );
}
