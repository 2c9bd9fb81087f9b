import type { Migration } from '../migration.js';

/**
 * The sync history records how many issues each run re-read because Jira reported them changed
 * (renamed, moved under another parent or epic, moved to another project) — the Sync summary, the
 * CLI and the history say so. Earlier runs refreshed none outside "Full refresh": 0.
 */
export const migration008IssueRefresh: Migration = {
  version: 8,
  name: 'issue-refresh-count',
  sql: `
ALTER TABLE sync_runs ADD COLUMN issues_refreshed INTEGER NOT NULL DEFAULT 0 CHECK (issues_refreshed >= 0);
`,
};
