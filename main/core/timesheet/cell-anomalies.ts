import type { CellAnomaly } from '../../../shared/domain/anomalies.js';
import type { TimesheetLeaveMark } from '../../../shared/domain/timesheet.js';

/** What the anomaly check needs of a Timesheet cell (all already computed for the grid). */
export interface AnomalyCellFacts {
  loggedSeconds: number;
  nonWorking: boolean;
  leaves: readonly TimesheetLeaveMark[];
}

/**
 * The anomalies of one person-day. Only days with logged time can be anomalous: an empty
 * weekend or leave is just what it should be. A half-day leave still allows the other half, so
 * only a whole day of approved leave (or both halves) counts as "logged on leave".
 */
export function cellAnomalies(cell: AnomalyCellFacts, maxDaySeconds: number): CellAnomaly[] {
  if (cell.loggedSeconds <= 0) return [];
  const out: CellAnomaly[] = [];
  const approved = cell.leaves.filter((l) => l.approved);
  const wholeDay = approved.some((l) => l.halfDay === null) || (approved.some((l) => l.halfDay === 'morning') && approved.some((l) => l.halfDay === 'afternoon'));
  if (wholeDay) out.push('on-leave');
  if (cell.loggedSeconds > maxDaySeconds) out.push('over-max');
  if (cell.nonWorking) out.push('non-working');
  return out;
}
