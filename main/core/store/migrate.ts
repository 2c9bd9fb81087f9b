import type Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import type { Migration } from './migration.js';
import { migrationChecksum } from './migration.js';
import { registerSqlFunctions } from './sql-functions.js';

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

/**
 * Brings the schema to `target` (default: the newest known migration). Runs inside one IMMEDIATE
 * transaction, so two processes opening the same new database at once apply each step exactly once:
 * the second waits on the lock (busy_timeout) and then finds the work done.
 * Refuses a database written by a newer app, or whose applied migrations differ from ours.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[],
  options: { target?: number; now?: () => Date } = {},
): { from: number; to: number; applied: number[] } {
  const known = [...migrations].sort((a, b) => a.version - b.version);
  known.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migrations must be numbered 1..n without gaps (found ${m.version} at ${i + 1}).`);
  });
  const newest = known.length;
  const target = options.target ?? newest;
  const now = options.now ?? (() => new Date());
  // Migrations may call the app's SQL functions (006 backfills the search column with one).
  registerSqlFunctions(db);

  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    checksum   TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);

  const run = db.transaction(() => {
    const applied = db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all() as AppliedRow[];
    const current = applied.length === 0 ? 0 : Math.max(...applied.map((r) => r.version));
    if (current > newest) {
      throw new AppError(
        'database',
        `This database was written by a newer version of Worklog Desk (schema ${current}; this version knows up to ${newest}). ` +
          'Update Worklog Desk to open it — nothing was changed.',
      );
    }
    for (const row of applied) {
      const mine = known[row.version - 1];
      if (!mine || migrationChecksum(mine) !== row.checksum) {
        throw new AppError(
          'database',
          `The database's applied migration ${row.version} ("${row.name}") differs from the one this version of Worklog Desk ships. ` +
            'The database may come from a modified build; restore a backup or use a matching version — nothing was changed.',
        );
      }
    }
    const insert = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
    const done: number[] = [];
    for (const m of known) {
      if (m.version <= current || m.version > target) continue;
      db.exec(m.sql);
      insert.run(m.version, m.name, migrationChecksum(m), now().toISOString());
      done.push(m.version);
    }
    const to = Math.max(current, ...done);
    db.pragma(`user_version = ${to}`);
    return { from: current, to, applied: done };
  });
  return run.immediate();
}

export function schemaVersion(db: Database.Database): number {
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null } | undefined;
  return row?.v ?? 0;
}
