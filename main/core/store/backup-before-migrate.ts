import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../errors.js';

/** Backups kept in `<data folder>/backups/`; older ones are deleted after each new one. */
export const BACKUPS_KEPT = 3;
export const BACKUPS_FOLDER = 'backups';

/** The schema version recorded in the database; 0 when it has none yet. */
function recordedVersion(db: Database.Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return 0;
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

const hasAnyTable = (db: Database.Database): boolean => db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined;

/**
 * Copies a database that is about to be migrated into `backups/` next to it, so an update that goes
 * wrong (or a bug in a migration discovered later) never costs the user their data. Nothing is copied
 * for a new, empty database or when no migration is pending. Returns the copy's path, or null.
 *
 * The copy is made with `VACUUM INTO`, SQLite's own consistent copy under a read transaction (WAL
 * contents included). better-sqlite3's `db.backup()` would give the same snapshot but is
 * asynchronous, and opening the database is synchronous everywhere (app, browser host, CLI).
 */
export function backupBeforeMigrate(db: Database.Database, dataDir: string, fileName: string, target: number): string | null {
  const from = recordedVersion(db);
  if (from >= target || !hasAnyTable(db)) return null;
  const folder = path.join(dataDir, BACKUPS_FOLDER);
  const stem = path.basename(fileName, path.extname(fileName));
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let copy = path.join(folder, `${stem}-${stamp}-schema-${from}.sqlite`);
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    for (let n = 2; fs.existsSync(copy); n += 1) copy = path.join(folder, `${stem}-${stamp}-schema-${from}-${n}.sqlite`);
    db.prepare('VACUUM INTO ?').run(copy);
  } catch (e) {
    // No copy, no update: the migration has not started, so the database is as it was.
    // A half-written copy is not a backup (and where the folder itself is the problem, there is none).
    try {
      fs.rmSync(copy, { force: true });
    } catch {
      // nothing to clean up
    }
    throw new AppError(
      'database',
      `Worklog Desk has to update its database, but could not first save a copy of it in ${folder}. ` +
        'Check that there is free disk space and that this folder can be written, then start again — nothing was changed.',
      { cause: e, detail: e instanceof Error ? e.message : String(e) },
    );
  }
  pruneBackups(folder, stem);
  return copy;
}

/** Keeps the newest BACKUPS_KEPT copies of this database (by modification time, then name). */
function pruneBackups(folder: string, stem: string): void {
  const copies = fs
    .readdirSync(folder)
    .filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.sqlite'))
    .map((f) => ({ file: path.join(folder, f), mtime: fs.statSync(path.join(folder, f)).mtimeMs, name: f }))
    .sort((a, b) => b.mtime - a.mtime || b.name.localeCompare(a.name));
  for (const old of copies.slice(BACKUPS_KEPT)) fs.rmSync(old.file, { force: true });
}
