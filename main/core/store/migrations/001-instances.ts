import type { Migration } from '../migration.js';

/** Jira instances (never a token: those live in the keychain) and free-form app settings. */
export const migration001: Migration = {
  version: 1,
  name: 'instances',
  sql: `
CREATE TABLE instances (
  id                 TEXT PRIMARY KEY,
  name               TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
  url                TEXT NOT NULL,
  email              TEXT NOT NULL,
  tempo_base_url     TEXT NOT NULL,
  tempo_enabled      INTEGER NOT NULL DEFAULT 0 CHECK (tempo_enabled IN (0, 1)),
  account_id         TEXT,
  account_name       TEXT,
  last_check_at      TEXT,
  last_check_ok      INTEGER CHECK (last_check_ok IN (0, 1)),
  last_check_message TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
) STRICT;
`,
};
