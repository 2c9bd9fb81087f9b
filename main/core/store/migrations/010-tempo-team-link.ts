import type { Migration } from '../migration.js';

/**
 * "My team" from a Tempo team.
 *
 * - tempo_team_link: the one Tempo team "my team" follows (a single row), on the instance whose
 *   Tempo token reads it; it goes with its instance.
 * - tempo_team_members: the memberships that team had at the last sync — commitment percent (a
 *   50 % member is expected half the hours) and inclusive dates (null = open-ended). A member
 *   added from Tempo is a row of team_members too; this table says which ones came from Tempo, so
 *   leaving the Tempo team removes them and never a hand-picked member.
 */
export const migration010TempoTeamLink: Migration = {
  version: 10,
  name: 'tempo-team-link',
  sql: `
CREATE TABLE tempo_team_link (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  instance_id TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
  team_id     INTEGER NOT NULL,
  team_name   TEXT NOT NULL,
  linked_at   TEXT NOT NULL
) STRICT;

CREATE TABLE tempo_team_members (
  account_id         TEXT PRIMARY KEY CHECK (length(account_id) BETWEEN 1 AND 128),
  commitment_percent INTEGER NOT NULL CHECK (commitment_percent BETWEEN 0 AND 100),
  member_from        TEXT,
  member_to          TEXT,
  -- 1 when the Tempo team brought this person into team_members (0: they were hand-picked first).
  added_from_tempo   INTEGER NOT NULL DEFAULT 1 CHECK (added_from_tempo IN (0, 1)),
  synced_at          TEXT NOT NULL
) STRICT;
`,
};
