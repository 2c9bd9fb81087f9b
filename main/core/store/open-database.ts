import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../data-dir.js';
import { AppError } from '../errors.js';
import { backupBeforeMigrate } from './backup-before-migrate.js';
import { migrate } from './migrate.js';
import { sqliteBinding } from './sqlite-binding.js';
import type { Migration } from './migration.js';
import { MIGRATIONS } from './migrations/index.js';

export type Db = Database.Database;

/** How long a writer waits for another process (CLI vs app) holding the lock before giving up. */
export const BUSY_TIMEOUT_MS = 10_000;

/**
 * Opens (creating if needed) the database of a data folder and migrates it.
 * - WAL: readers never block the writer, so the app stays responsive while a sync writes.
 * - synchronous=FULL: a committed sync page survives a power cut, not only a crash. The cost is
 *   one extra fsync per transaction; we write in page-sized transactions, so it is negligible.
 * - foreign_keys=ON: SQLite leaves them off by default.
 * - busy_timeout: the CLI and the app may share the database; wait for the lock instead of failing.
 * - cache_size: explorer queries over a month of a large team read far more than the default 2 MiB.
 */
export function openDatabase(
  dataDir: string,
  options: { migrations?: readonly Migration[]; target?: number; file?: string; readonly?: boolean } = {},
): Db {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, options.file ?? DATABASE_FILE);
  let db: Db | undefined;
  try {
    const nativeBinding = sqliteBinding();
    db = new Database(file, { readonly: options.readonly ?? false, ...(nativeBinding ? { nativeBinding } : {}) });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // 64 MiB of page cache (the default is 2 MiB): a month of a large team's worklogs stays in memory.
    db.pragma('cache_size = -65536');
    if (!options.readonly) {
      const migrations = options.migrations ?? MIGRATIONS;
      const target = options.target ?? migrations.length;
      const backup = backupBeforeMigrate(db, dataDir, path.basename(file), target);
      try {
        migrate(db, migrations, { target });
      } catch (e) {
        // migrate runs in one transaction: a failed step leaves the database as it was.
        if (backup === null) throw e;
        const what = e instanceof AppError ? e.message : 'Worklog Desk could not update its database to this version; the database was left as it was.';
        throw new AppError('database', `${what} A copy made just before the update is at ${backup}.`, {
          cause: e,
          detail: e instanceof Error ? e.message : String(e),
        });
      }
    }
    return db;
  } catch (e) {
    db?.close();
    if (e instanceof AppError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError('database', `${file} is not a readable Worklog Desk database (${code}). Move it aside and restart, or restore a backup.`, { cause: e });
    }
    if (code === 'SQLITE_BUSY') {
      throw new AppError('busy', 'The database is locked by another Worklog Desk process (the app or the CLI). Try again in a moment.', { cause: e });
    }
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'EACCES') {
      throw new AppError('database', `Worklog Desk can't write to ${dataDir}. Check that the folder exists and is writable.`, { cause: e });
    }
    throw e;
  }
}
