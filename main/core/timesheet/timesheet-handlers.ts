import type { Timesheet } from '../../../shared/domain/timesheet.js';
import type { Handlers } from '../dispatch.js';
import type { Schedule } from '../leaves/leaves-port.js';
import type { Db } from '../store/open-database.js';
import { timesheet } from './timesheet.js';

export interface TimesheetHandlersDeps {
  db: Db;
  /** Each person's working days and daily hours. */
  schedule: Schedule;
  /** The last day whose expected hours count now (null: every day). */
  countedThrough: () => string | null;
  /** More logged in a day than this is an anomaly (settings.maxDayHours). */
  maxDaySeconds?: () => number;
  /** Adds what other capabilities know per person (Tempo approval status); identity when absent. */
  withApprovals?: (sheet: Timesheet) => Timesheet;
}

export function timesheetHandlers(deps: TimesheetHandlersDeps): Pick<Handlers, 'timesheet.get'> {
  return {
    'timesheet.get': async (q) => {
      const sheet = timesheet(deps.db, q, deps.schedule, deps.countedThrough(), deps.maxDaySeconds?.());
      return deps.withApprovals ? deps.withApprovals(sheet) : sheet;
    },
  };
}
