import type { Migration } from '../migration.js';

/**
 * A worklog's day is its author's local day (Jira renders `started` in the reader's zone).
 *
 * - `day_from_reader_zone` = 1 when the author's zone was hidden and the day is the reader's;
 *   the Worklogs table marks those rows.
 * - Stored Jira rows are re-dated now from the author's zone their raw record carries
 *   (wd_author_day, the same JS function the sync uses); rows whose raw has no zone keep the day
 *   they had, which was the reader's, and are flagged.
 * - The Jira change-feed cursors go, so the next sync of every range is a full pass: worklogs whose
 *   author's day lies in a range but whose reader's day did not were never fetched for it.
 */
export const migration007WorklogAuthorDay: Migration = {
  version: 7,
  name: 'worklog-author-day',
  sql: `
ALTER TABLE worklogs ADD COLUMN day_from_reader_zone INTEGER NOT NULL DEFAULT 0;

UPDATE worklogs
   SET local_date = coalesce(wd_author_day(started, json_extract(raw, '$.author.timeZone')), local_date),
       day_from_reader_zone = wd_author_day(started, json_extract(raw, '$.author.timeZone')) IS NULL
 WHERE source = 'jira';

DELETE FROM sync_cursors WHERE name LIKE 'jira-feed:%';
`,
};
