import type { Migration } from '../migration.js';

/**
 * Tempo's required hours per person and day (`GET /4/user-schedule/{accountId}`): the person's
 * workload scheme and holiday scheme combined, as Tempo's own screens count "required".
 *
 * - Keyed by (account_id, date): account ids are global across sites, and a person's schedule is
 *   the same whichever instance read it; instance_id only says where it came from (it is removed
 *   with its instance, and the next sync of another instance reads it again).
 * - A sync replaces a person's days of the synced range in one transaction, so a changed scheme
 *   (a new part-time arrangement, a holiday added) is picked up with the range, and an interrupted
 *   sync leaves the previous days whole.
 * - day_type is kept as Tempo sends it (WORKING_DAY, NON_WORKING_DAY, HOLIDAY, ...): Tempo may add
 *   kinds; holiday_name is the holiday scheme's name of the day, when there is one.
 */
export const migration009TempoSchedules: Migration = {
  version: 9,
  name: 'tempo-schedules',
  sql: `
CREATE TABLE tempo_schedule_days (
  account_id       TEXT NOT NULL CHECK (length(account_id) BETWEEN 1 AND 128),
  date             TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  required_seconds INTEGER NOT NULL CHECK (required_seconds BETWEEN 0 AND 86400),
  day_type         TEXT NOT NULL CHECK (length(day_type) BETWEEN 1 AND 64),
  holiday_name     TEXT,
  instance_id      TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  synced_at        TEXT NOT NULL,
  PRIMARY KEY (account_id, date)
) STRICT, WITHOUT ROWID;
CREATE INDEX tempo_schedule_days_date ON tempo_schedule_days (date, account_id);
CREATE INDEX tempo_schedule_days_instance ON tempo_schedule_days (instance_id);
`,
};
