import type { Migration } from '../migration.js';

/**
 * Synced worklogs (denormalised for browsing), the hydration caches (issues, users) and the sync
 * history and cursors. Everything of an instance goes with it (ON DELETE CASCADE).
 */
export const migration002: Migration = {
  version: 2,
  name: 'worklogs-and-sync',
  sql: `
CREATE TABLE worklogs (
  instance_id       TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
  source            TEXT NOT NULL CHECK (source IN ('jira', 'tempo')),
  -- Tempo worklog id when synced from Tempo, else the Jira worklog id.
  source_id         TEXT NOT NULL,
  issue_id          TEXT NOT NULL,
  issue_key         TEXT,
  issue_summary     TEXT,
  issue_type        TEXT,
  project_key       TEXT,
  project_name      TEXT,
  parent_key        TEXT,
  parent_summary    TEXT,
  epic_key          TEXT,
  epic_summary      TEXT,
  author_account_id TEXT NOT NULL,
  author_name       TEXT,
  -- The calendar day the work was logged for, in the author's own offset (YYYY-MM-DD).
  local_date        TEXT NOT NULL CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  -- As the source gave it, with its offset.
  started           TEXT NOT NULL,
  seconds           INTEGER NOT NULL CHECK (seconds >= 0),
  comment           TEXT,
  source_updated    TEXT,
  raw               TEXT NOT NULL CHECK (json_valid(raw)),
  synced_at         TEXT NOT NULL,
  PRIMARY KEY (instance_id, source, source_id)
) STRICT;

-- Equality column first, then the date range: "this person / epic / project in this month".
CREATE INDEX worklogs_author_date   ON worklogs (author_account_id, local_date);
CREATE INDEX worklogs_epic_date     ON worklogs (epic_key, local_date);
CREATE INDEX worklogs_project_date  ON worklogs (project_key, local_date);
CREATE INDEX worklogs_date          ON worklogs (local_date);
CREATE INDEX worklogs_instance_date ON worklogs (instance_id, local_date);
CREATE INDEX worklogs_issue        ON worklogs (instance_id, issue_id);

-- Hydration cache: what Tempo doesn't say (keys, summaries, hierarchy) and Jira answers in bulk.
CREATE TABLE jira_issues (
  instance_id     TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
  issue_id        TEXT NOT NULL,
  issue_key       TEXT NOT NULL,
  summary         TEXT NOT NULL,
  type_name       TEXT NOT NULL,
  hierarchy_level INTEGER NOT NULL,
  project_key     TEXT NOT NULL,
  project_name    TEXT NOT NULL,
  parent_id       TEXT,
  fetched_at      TEXT NOT NULL,
  PRIMARY KEY (instance_id, issue_id)
) STRICT;
CREATE INDEX jira_issues_key ON jira_issues (instance_id, issue_key);

CREATE TABLE jira_users (
  instance_id  TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
  account_id   TEXT NOT NULL,
  display_name TEXT NOT NULL,
  email        TEXT,
  active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  fetched_at   TEXT NOT NULL,
  PRIMARY KEY (instance_id, account_id)
) STRICT;

-- One row per instance per run. instance_name is kept so history survives removing the instance.
CREATE TABLE sync_runs (
  id            INTEGER PRIMARY KEY,
  run_id        TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('worklogs', 'leaves')),
  instance_id   TEXT REFERENCES instances(id) ON DELETE SET NULL,
  instance_name TEXT NOT NULL,
  source        TEXT NOT NULL,
  range_from    TEXT NOT NULL,
  range_to      TEXT NOT NULL,
  started_at    TEXT NOT NULL,
  ended_at      TEXT,
  status        TEXT NOT NULL CHECK (status IN ('running', 'ok', 'failed', 'cancelled')),
  fetched       INTEGER NOT NULL DEFAULT 0,
  inserted      INTEGER NOT NULL DEFAULT 0,
  updated       INTEGER NOT NULL DEFAULT 0,
  deleted       INTEGER NOT NULL DEFAULT 0,
  requests      INTEGER NOT NULL DEFAULT 0,
  error_code    TEXT,
  error_message TEXT
) STRICT;
CREATE INDEX sync_runs_started ON sync_runs (started_at DESC);
CREATE INDEX sync_runs_run ON sync_runs (run_id);

-- Incremental feeds (Jira worklog/updated and worklog/deleted): where the next sync resumes.
CREATE TABLE sync_cursors (
  instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  value       TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (instance_id, name)
) STRICT;
`,
};
