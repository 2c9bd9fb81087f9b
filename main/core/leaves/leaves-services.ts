import type { FactorialClient } from '../factorial/factorial-client.js';
import { createFactorialConfig } from './factorial-config.js';
import type { HttpClient } from '../http/http-types.js';
import type { Clock, Logger, SecretStore } from '../ports.js';
import type { Db } from '../store/open-database.js';
import type { Schedule } from './expected-hours.js';
import { defaultSchedule } from './expected-hours.js';
import { createHolidays } from './holidays.js';
import type { HoursReportQuery } from './hours-report.js';
import { hoursReport } from './hours-report.js';
import { leavesRepo } from './leaves-repo.js';
import { createLeavesSync } from './leaves-sync.js';
import { createPeopleMapping } from './people-mapping.js';

export interface LeavesServicesDeps {
  db: Db;
  secrets: SecretStore;
  http: HttpClient;
  clock: Clock;
  log: Logger;
  /** Per-person schedule (the team settings); default Mon–Fri 8 h for everyone. */
  schedule?: Schedule;
  /** The last day whose expected hours count (today or yesterday, from the settings); absent: every day. */
  countedThrough?: () => string | null;
  /** Tests may hand in a client; by default it is built from the saved settings at each use. */
  client?: () => FactorialClient;
}

/** Everything Factorial and leaves in one place, for the composition roots (services.ts, the CLI). */
export function createLeavesServices(deps: LeavesServicesDeps) {
  const config = createFactorialConfig(deps);
  const client = deps.client ?? (() => config.client());
  const schedule = deps.schedule ?? defaultSchedule;
  return {
    config,
    mapping: createPeopleMapping({ db: deps.db, clock: deps.clock, client }),
    sync: createLeavesSync({ db: deps.db, http: deps.http, clock: deps.clock, log: deps.log, client }),
    holidays: createHolidays(deps.db),
    listLeaves: (range: { from: string; to: string }) => leavesRepo(deps.db).list(range.from, range.to),
    /** The last day whose expected hours count now (null: every day). */
    countedThrough: (): string | null => deps.countedThrough?.() ?? null,
    hoursReport: (q: HoursReportQuery) => hoursReport(deps.db, q, { schedule, through: deps.countedThrough?.() ?? null }),
  };
}

export type LeavesServices = ReturnType<typeof createLeavesServices>;
