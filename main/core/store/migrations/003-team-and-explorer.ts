import type { Migration } from '../migration.js';

/**
 * "My team" (the people whose expected hours the lead tracks) and the index the worklog explorer
 * reads through.
 *
 * - team_members is keyed by the Atlassian account id alone: ids are global across sites, so one
 *   person working on three instances is one member. working_weekdays holds ISO weekday numbers
 *   (1 = Monday … 7 = Sunday) as a sorted, comma-separated list, e.g. '1,2,3,4,5'.
 * - worklogs_explorer covers every explorer filter and grouping column plus `seconds`, so a month
 *   grouped by person / epic / project / issue / day is a range scan of this index alone (no table
 *   lookups; labels are read afterwards for one row per group by rowid). See the EXPLAIN QUERY
 *   PLAN assertions in test/unit/store/migration-003-team-and-explorer.test.ts and the figures of
 *   `npm run bench:db`. worklogs_date becomes a prefix of it and is dropped (one less index to write
 *   on every sync).
 */
export const migration003: Migration = {
  version: 3,
  name: 'team-and-explorer',
  sql: `
CREATE TABLE team_members (
  account_id       TEXT PRIMARY KEY CHECK (length(account_id) BETWEEN 1 AND 128),
  display_name     TEXT NOT NULL,
  daily_seconds    INTEGER NOT NULL DEFAULT 28800 CHECK (daily_seconds BETWEEN 0 AND 86400),
  -- Distinct ISO weekdays in ascending order, comma-separated ('' = no fixed working day).
  working_weekdays TEXT NOT NULL DEFAULT '1,2,3,4,5' CHECK (
    working_weekdays = '' OR (
      working_weekdays GLOB '[1-7]*' AND working_weekdays NOT GLOB '*[^1-7,]*' AND working_weekdays NOT GLOB '*,'
      AND working_weekdays NOT GLOB '*,,*' AND working_weekdays NOT GLOB '*[1-7][1-7]*'
      -- Ascending and distinct: '1234567' contains the digits as a subsequence ('1,3,5' → '*1*3*5*').
      AND '1234567' GLOB ('*' || replace(working_weekdays, ',', '*') || '*')
      AND length(working_weekdays) <= 13
    )
  ),
  added_at         TEXT NOT NULL
) STRICT;

CREATE INDEX worklogs_explorer ON worklogs (local_date, author_account_id, instance_id, project_key, epic_key, issue_id, seconds);
DROP INDEX worklogs_date;
`,
};
