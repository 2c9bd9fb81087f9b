import { anomalyWords } from '../../../../shared/domain/anomalies';
import type { TimesheetCell } from '../../../../shared/domain/timesheet';
import { formatHours } from '../../format';

/** "14.5 h — more than 12 h in a day; time logged on a non-working day" (empty when nothing is wrong). */
export function cellAnomalyText(cell: Pick<TimesheetCell, 'loggedSeconds' | 'anomalies'>, maxDaySeconds: number): string {
  if (cell.anomalies.length === 0) return '';
  return `${formatHours(cell.loggedSeconds)} — ${cell.anomalies.map((a) => anomalyWords(a, maxDaySeconds)).join('; ')}`;
}

/** Sentence case for a reason shown on its own ("More than 12 h in a day"). */
export const capitalised = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);
