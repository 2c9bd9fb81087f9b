import type { Migration } from '../migration.js';

/**
 * Factorial HR leaves, so "forgot to log" can be told from "was on leave", and the public holiday
 * list of the workspace.
 *
 * - factorial_employees is a cache of Factorial's employee list (replaced wholesale on refresh):
 *   what auto-mapping matches Jira emails against and what the mapping UI lists.
 * - people_map ties an Atlassian account (global across sites) to a Factorial employee. No foreign
 *   key to the cache on purpose: refreshing the cache must not drop a manual mapping, and an admin
 *   may map an employee id before the cache knows it. Several accounts may map to one employee (a
 *   person with a second Atlassian account).
 * - leaves keeps Factorial's own id, so a re-sync updates in place; pending leaves are stored with
 *   approved = 0 (shown, flagged, not subtracted). half_day is stored in our words: Factorial's
 *   "beggining_of_day" (sic) → 'morning', "end_of_day" → 'afternoon'.
 *   A range query is an overlap test (start_on <= :to AND finish_on >= :from): most leaves lie in
 *   the past, so the bound on finish_on is the selective one; per person, employee_id leads.
 * - holidays: one row per day off for everyone (imported from .ics or typed in).
 */
export const migration005: Migration = {
  version: 5,
  name: 'leaves',
  sql: `
CREATE TABLE factorial_employees (
  id         INTEGER PRIMARY KEY,
  email      TEXT,
  full_name  TEXT,
  fetched_at TEXT NOT NULL
) STRICT;
CREATE INDEX factorial_employees_email ON factorial_employees (lower(email));

CREATE TABLE people_map (
  account_id  TEXT PRIMARY KEY CHECK (length(account_id) BETWEEN 1 AND 128),
  employee_id INTEGER NOT NULL,
  how         TEXT NOT NULL CHECK (how IN ('auto', 'manual')),
  mapped_at   TEXT NOT NULL
) STRICT;
CREATE INDEX people_map_employee ON people_map (employee_id);

CREATE TABLE leaves (
  id              INTEGER PRIMARY KEY,
  employee_id     INTEGER NOT NULL,
  start_on        TEXT NOT NULL CHECK (start_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  finish_on       TEXT NOT NULL CHECK (finish_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND finish_on >= start_on),
  half_day        TEXT CHECK (half_day IN ('morning', 'afternoon')),
  leave_type_id   INTEGER,
  leave_type_name TEXT,
  approved        INTEGER NOT NULL CHECK (approved IN (0, 1)),
  updated_at      TEXT,
  synced_at       TEXT NOT NULL
) STRICT;
CREATE INDEX leaves_employee_range ON leaves (employee_id, finish_on, start_on);
CREATE INDEX leaves_range ON leaves (finish_on, start_on);

CREATE TABLE holidays (
  date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  name TEXT NOT NULL
) STRICT;
`,
};
