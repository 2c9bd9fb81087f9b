import type { Migration } from '../migration.js';

/**
 * Tempo timesheet approvals of the Tempo team "my team" follows (read-only in the app).
 *
 * - tempo_approval_periods: the approval periods read for a team (Tempo's period: a month, a
 *   week…) and when; a re-sync within the freshness window skips ranges they cover.
 * - tempo_approvals: one row per team member and period, with the status mapped to the app's
 *   words (raw_status keeps Tempo's key, e.g. IN_REVIEW) and the hours Tempo compared.
 * - tempo_approval_reads: the outcome of the last read per team (error: plain words, or null),
 *   so the Timesheet can say why statuses are old, e.g. when the token lacks the permission.
 * All rows go with their instance.
 */
export const migration011TempoApprovals: Migration = {
  version: 11,
  name: 'tempo-approvals',
  sql: `
CREATE TABLE tempo_approval_periods (
  instance_id TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  team_id     INTEGER NOT NULL,
  period_from TEXT NOT NULL,
  period_to   TEXT NOT NULL CHECK (period_to >= period_from),
  synced_at   TEXT NOT NULL,
  PRIMARY KEY (team_id, period_from)
) STRICT;

CREATE TABLE tempo_approvals (
  instance_id         TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  team_id             INTEGER NOT NULL,
  account_id          TEXT NOT NULL CHECK (length(account_id) BETWEEN 1 AND 128),
  period_from         TEXT NOT NULL,
  period_to           TEXT NOT NULL CHECK (period_to >= period_from),
  status              TEXT NOT NULL CHECK (status IN ('open', 'submitted', 'approved', 'rejected')),
  raw_status          TEXT NOT NULL,
  required_seconds    INTEGER NOT NULL CHECK (required_seconds >= 0),
  spent_seconds       INTEGER NOT NULL CHECK (spent_seconds >= 0),
  reviewer_account_id TEXT,
  synced_at           TEXT NOT NULL,
  PRIMARY KEY (team_id, account_id, period_from)
) STRICT;

CREATE INDEX tempo_approvals_by_period ON tempo_approvals (team_id, period_from, period_to);

CREATE TABLE tempo_approval_reads (
  team_id     INTEGER PRIMARY KEY,
  instance_id TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  read_at     TEXT NOT NULL,
  error       TEXT
) STRICT;
`,
};
