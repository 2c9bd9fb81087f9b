import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/errors.js';
import { migrate, schemaVersion } from '../../../main/core/store/migrate.js';
import type { Migration } from '../../../main/core/store/migration.js';
import { MIGRATIONS } from '../../../main/core/store/migrations/index.js';
import { openDatabase } from '../../../main/core/store/open-database.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

const m1: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER) STRICT;' };
const m2: Migration = { version: 2, name: 'two', sql: 'ALTER TABLE a ADD COLUMN y TEXT;' };

describe('migrations', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    tmp = makeTempDir();
  });
  afterEach(() => tmp.cleanup());

  it('applies pending migrations in order, records each with a checksum, and is idempotent', () => {
    const db = new Database(path.join(tmp.dir, 'x.sqlite'));
    expect(migrate(db, [m1, m2])).toEqual({ from: 0, to: 2, applied: [1, 2] });
    const rows = db.prepare('SELECT version, name, length(checksum) AS len FROM schema_migrations').all();
    expect(rows).toEqual([
      { version: 1, name: 'one', len: 64 },
      { version: 2, name: 'two', len: 64 },
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(migrate(db, [m1, m2])).toEqual({ from: 2, to: 2, applied: [] });
    db.close();
  });

  it('stops at a target version (to test a migration from its predecessor)', () => {
    const db = new Database(':memory:');
    migrate(db, [m1, m2], { target: 1 });
    expect(schemaVersion(db)).toBe(1);
    migrate(db, [m1, m2]);
    expect(schemaVersion(db)).toBe(2);
  });

  it('refuses a database written by a newer version, and changes nothing', () => {
    const db = new Database(':memory:');
    migrate(db, [m1, m2]);
    const before = db.prepare('SELECT * FROM schema_migrations').all();
    expect(() => migrate(db, [m1])).toThrowError(/newer version of Worklog Desk \(schema 2; this version knows up to 1\)/);
    expect(db.prepare('SELECT * FROM schema_migrations').all()).toEqual(before);
  });

  it('refuses a database whose applied migration was edited', () => {
    const db = new Database(':memory:');
    migrate(db, [m1]);
    const edited = { ...m1, sql: 'CREATE TABLE a (x INTEGER, z TEXT) STRICT;' };
    let error: unknown;
    try {
      migrate(db, [edited, m2]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('database');
    expect((error as AppError).message).toMatch(/applied migration 1 \("one"\) differs/);
    // m2 must not have been applied after the refusal.
    expect(schemaVersion(db)).toBe(1);
  });

  it('rolls a failing migration back completely', () => {
    const db = new Database(':memory:');
    const broken: Migration = { version: 2, name: 'broken', sql: 'CREATE TABLE b (x INTEGER); INSERT INTO nope VALUES (1);' };
    expect(() => migrate(db, [m1, broken])).toThrow(/no such table: nope/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('a','b')").all()).toEqual([]);
  });

  it('ships migrations numbered 1..n', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('openDatabase sets WAL, FULL sync, foreign keys and a busy timeout in the data folder', () => {
    const dataDir = path.join(tmp.dir, 'nested', 'data');
    const db = openDatabase(dataDir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
    expect(fs.existsSync(path.join(dataDir, 'worklog-desk.sqlite'))).toBe(true);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('openDatabase explains a file that is not a database', () => {
    fs.writeFileSync(path.join(tmp.dir, 'worklog-desk.sqlite'), 'this is not sqlite at all, just text '.repeat(200));
    expect(() => openDatabase(tmp.dir)).toThrowError(/is not a readable Worklog Desk database/);
  });

  it('openDatabase refuses a newer database with the plain message', () => {
    const db = openDatabase(tmp.dir);
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'x', '2030-01-01')").run();
    db.close();
    expect(() => openDatabase(tmp.dir)).toThrowError(/Update Worklog Desk to open it/);
  });
});
