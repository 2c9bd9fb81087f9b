import Database from 'better-sqlite3';
import { migrate } from '../../main/core/store/migrate.js';
import { MIGRATIONS } from '../../main/core/store/migrations/index.js';

/**
 * A migration test's world: an in-memory database migrated to `version - 1`, seeded with what
 * users already had (so the test proves it survives), then migrated to `version`.
 */
export function migratedAcross(version: number, seed: (db: Database.Database) => void): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS, { target: version - 1 });
  seed(db);
  migrate(db, MIGRATIONS, { target: version });
  return db;
}

/** A Jira site with a Tempo token, as the Tempo migrations' tests need one. */
export function insertTempoInstance(db: Database.Database, id = 'i1'): void {
  db.prepare("INSERT INTO instances (id, name, url, email, tempo_base_url, tempo_enabled, created_at, updated_at) VALUES (?, 'alpha', 'https://a', 'e@x', 'https://api.tempo.io', 1, 'now', 'now')").run(id);
}

/** A team member with accents and emoji in the name. */
export function insertTeamMember(db: Database.Database, accountId = 'acc-1'): void {
  db.prepare("INSERT INTO team_members (account_id, display_name, daily_seconds, working_weekdays, added_at) VALUES (?, 'Zoë 🚀', 28800, '1,2,3,4,5', 'now')").run(accountId);
}
