/**
 * Why a Timesheet day looks wrong: time logged on an approved leave, more than the daily maximum
 * (settings.maxDayHours), or time logged on a day that is not a working day of the person's
 * schedule (weekend or holiday).
 */
export const CELL_ANOMALIES = ['on-leave', 'over-max', 'non-working'] as const;
export type CellAnomaly = (typeof CELL_ANOMALIES)[number];

/** Plain words for each anomaly (tooltips, screen readers). */
export const ANOMALY_LABELS: Record<CellAnomaly, string> = {
  'on-leave': 'Time logged on an approved leave',
  'over-max': 'More than the daily maximum logged',
  'non-working': 'Time logged on a non-working day',
};
