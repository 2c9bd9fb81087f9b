import { formatHours } from './hours.js';

/**
 * Why a Timesheet day looks wrong: time logged on an approved leave, more than the daily maximum
 * (settings.maxDayHours), or time logged on a day that is not a working day of the person's
 * schedule (weekend or holiday).
 */
export const CELL_ANOMALIES = ['on-leave', 'over-max', 'non-working'] as const;
export type CellAnomaly = (typeof CELL_ANOMALIES)[number];

/**
 * Plain words for one anomaly (cell names, tooltips, the worklogs dialog). The maximum is the one
 * the flags were computed with (Timesheet.maxDaySeconds), so the words never disagree with the mark.
 */
export function anomalyWords(anomaly: CellAnomaly, maxDaySeconds: number, locale?: string): string {
  switch (anomaly) {
    case 'on-leave':
      return 'time logged on an approved leave';
    case 'over-max':
      return `more than ${formatHours(maxDaySeconds, locale)} in a day`;
    case 'non-working':
      return 'time logged on a non-working day';
  }
}
