import type { IsoWeekday } from '../../../../shared/domain/team';
import { WEEKDAYS } from './weekdays';

/** Mon–Sun as toggle buttons (aria-pressed), for one person's working days. */
export function WeekdayToggles({ label, value, onChange, disabled }: { label: string; value: readonly IsoWeekday[]; onChange(days: IsoWeekday[]): void; disabled?: boolean }) {
  const set = new Set(value);
  return (
    <div className="weekdays" role="group" aria-label={label}>
      {WEEKDAYS.map((w) => (
        <button
          key={w.day}
          type="button"
          className={['weekdays__day', set.has(w.day) ? 'is-on' : ''].join(' ')}
          aria-pressed={set.has(w.day)}
          aria-label={w.long}
          title={w.long}
          disabled={disabled}
          onClick={() => onChange((set.has(w.day) ? value.filter((d) => d !== w.day) : [...value, w.day]).sort((a, b) => a - b))}
        >
          {w.short.slice(0, 2)}
        </button>
      ))}
    </div>
  );
}
