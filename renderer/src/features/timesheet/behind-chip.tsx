import './timesheet-behind.css';
import { shortDay } from './timesheet-format';
import { plural } from '../../format';

/**
 * Says that the grid shows only the people the morning reminder named, for which day, and offers
 * the way back to everyone. A status region, so a screen reader hears it when the page opens on it.
 */
export function BehindChip({ count, day, onClear }: { count: number; day: string; onClear(): void }) {
  const who = plural(count, 'person', 'people');
  return (
    <div className="ts-behind" role="status" data-testid="behind-chip">
      <span>
        Showing <strong>{who} behind</strong> for {shortDay(day)}
      </span>
      <span aria-hidden="true" className="u-muted">
        ·
      </span>
      <button type="button" className="ts-behind__clear" onClick={onClear}>
        Show everyone
      </button>
    </div>
  );
}
