import type { Migration } from '../migration.js';

/**
 * Fast text search and issue / author columns for the worklog explorer (figures: `npm run bench:db`).
 *
 * - `search` holds searchText(issue_key, issue_summary, comment) — the three searched columns,
 *   case- and accent-folded by JS (SQLite's lower() folds ASCII only), joined by U+0001. The sync
 *   writes it with every row (worklogs-repo upsert); here existing rows are backfilled through the
 *   same JS function, registered by migrate() as wd_search_text. Folding a month of rows per query
 *   took 150–300 ms on 1M worklogs; reading the stored text costs nothing.
 * - worklogs_search (local_date, search): a text filter scans the range's slice of this index and
 *   hands the matching rowids to the rest of the query — no table row is read to decide a match,
 *   and an FTS index would match across all years before the date range narrows it.
 * - worklogs_explorer gains issue_key, author_name and issue_summary (after the columns of 003, so
 *   every earlier use of it is unchanged): issue groups (group key, label) and person groups (label)
 *   come from the index alone, without a table lookup per group (20,000 issue groups in a busy
 *   month), the issue filter is answered from it, and rows sort by author or issue key without
 *   reading the table.
 */
export const migration006: Migration = {
  version: 6,
  name: 'explorer-search',
  sql: `
ALTER TABLE worklogs ADD COLUMN search TEXT;
UPDATE worklogs SET search = wd_search_text(issue_key, issue_summary, comment);
CREATE INDEX worklogs_search ON worklogs (local_date, search);

DROP INDEX worklogs_explorer;
CREATE INDEX worklogs_explorer ON worklogs (local_date, author_account_id, instance_id, project_key, epic_key, issue_id, seconds, issue_key, author_name, issue_summary);
`,
};
