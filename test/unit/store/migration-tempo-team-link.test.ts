import { describe, expect, it } from 'vitest';
import { insertTeamMember, insertTempoInstance, migratedAcross } from '../../helpers/migrate-around.js';
import { migration010TempoTeamLink } from '../../../main/core/store/migrations/010-tempo-team-link.js';

// Renumbered at merge: the test follows the migration's own version.
const V = migration010TempoTeamLink.version;

describe('migration tempo-team-link — "my team" from a Tempo team', () => {
  const atV = () =>
    migratedAcross(V, (db) => {
      insertTempoInstance(db);
      insertTeamMember(db);
    });

  it('keeps the team, holds one link that goes with its instance, and checks commitments', () => {
    const db = atV();
    expect(db.prepare('SELECT display_name FROM team_members').all()).toEqual([{ display_name: 'Zoë 🚀' }]);
    db.prepare("INSERT INTO tempo_team_link VALUES (1, 'i1', 7, 'Équipe 🚀', 'now')").run();
    expect(() => db.prepare("INSERT INTO tempo_team_link VALUES (2, 'i1', 8, 'Other', 'now')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO tempo_team_members VALUES ('acc-1', 50, '2026-01-01', NULL, 0, 'now')").run();
    expect(() => db.prepare("INSERT INTO tempo_team_members VALUES ('acc-2', 150, NULL, NULL, 1, 'now')").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM instances WHERE id = 'i1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM tempo_team_link').get()).toEqual({ n: 0 });
  });
});
