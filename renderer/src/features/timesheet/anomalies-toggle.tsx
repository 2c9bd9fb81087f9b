import type { TimesheetPerson } from '../../../../shared/domain/timesheet';
import { Button } from '../../components/button';
import './timesheet-anomalies.css';

/** How many days of the people shown carry at least one anomaly (one mark per day). */
export const flaggedDays = (people: readonly TimesheetPerson[]): number => people.reduce((n, p) => n + p.cells.filter((c) => c.anomalies.length > 0).length, 0);

/**
 * "Show anomalies": marks days with time logged on an approved leave, more than the daily maximum,
 * or time on a non-working day. The count is said only while the marks are shown, so a lead who
 * does not use the toggle sees nothing new.
 */
export function AnomaliesToggle({ on, onToggle, people }: { on: boolean; onToggle(on: boolean): void; people: readonly TimesheetPerson[] }) {
  const count = flaggedDays(people);
  return (
    <span className="ts-anomalies-toggle u-row">
      <Button
        size="sm"
        variant={on ? 'primary' : 'secondary'}
        aria-pressed={on}
        onClick={() => onToggle(!on)}
        title="Mark days with time logged on an approved leave, more than the daily maximum, or on a non-working day"
      >
        Show anomalies
      </Button>
      <span className="ts-anomalies-count u-meta" role="status" data-testid="anomalies-count">
        {on ? (count === 0 ? 'No anomalies' : `${count} ${count === 1 ? 'day' : 'days'} flagged`) : ''}
      </span>
    </span>
  );
}
