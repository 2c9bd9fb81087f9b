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
}

export function timesheetHandlers(deps: TimesheetHandlersDeps): Pick<Handlers, 'timesheet.get'> {
  return {
    'timesheet.get': async (q) => timesheet(deps.db, q, deps.schedule, deps.countedThrough()),
  };
}
