import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/errors.js';
import { schemaVersion } from '../../../main/core/store/migrate.js';
import type { Migration } from '../../../main/core/store/migration.js';
import { MIGRATIONS } from '../../../main/core/store/migrations/index.js';
import { openDatabase } from '../../../main/core/store/open-database.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

const NEWEST = MIGRATIONS.length;
/** A next migration that works, numbered after the shipped ones. */
const extra = (n: number): Migration => ({ version: NEWEST + n, name: `extra ${n}`, sql: `CREATE TABLE extra_${n} (x INTEGER) STRICT;` });
/** A next migration whose second statement fails after the first one changed the schema. */
const broken: Migration = { version: NEWEST + 1, name: 'broken', sql: 'ALTER TABLE instances ADD COLUMN oops TEXT; INSERT INTO no_such_table VALUES (1);' };

describe('a backup before every migration', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  const backups = (): string[] => {
    const dir = path.join(tmp.dir, 'backups');
    return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  };
  const seed = (): void => {
    const db = openDatabase(tmp.dir);
    db.prepare("INSERT INTO instances (id, name, url, email, tempo_base_url, created_at, updated_at) VALUES ('i-1', 'Acme ✨', 'https://acme.atlassian.net', 'lead@acme.test', 'https://api.tempo.io/4', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')").run();
    db.close();
  };
  const instanceNames = (file: string): string[] => {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare('SELECT name FROM instances').all() as Array<{ name: string }>).map((r) => r.name);
    } finally {
      db.close();
    }
  };
  beforeEach(() => {
    tmp = makeTempDir('wd-backup-');
  });
  afterEach(() => tmp.cleanup());

  it('makes no copy of a new, empty database, nor when nothing is pending', () => {
    seed();
    openDatabase(tmp.dir).close();
    expect(backups()).toEqual([]);
  });

  it('copies a database with data before migrating it, and the copy has the old schema and the data', () => {
    seed();
    const db = openDatabase(tmp.dir, { migrations: [...MIGRATIONS, extra(1)] });
    expect(schemaVersion(db)).toBe(NEWEST + 1);
    db.close();
    const [copy] = backups();
    expect(backups()).toHaveLength(1);
    expect(copy).toMatch(new RegExp(`^worklog-desk-.*-schema-${NEWEST}\\.sqlite$`));
    const file = path.join(tmp.dir, 'backups', copy ?? '');
    expect(instanceNames(file)).toEqual(['Acme ✨']);
    const old = new Database(file, { readonly: true });
    expect(schemaVersion(old)).toBe(NEWEST);
    old.close();
  });

  it('a failed migration leaves the database untouched and says where the copy is', () => {
    seed();
    let error: unknown;
    try {
      openDatabase(tmp.dir, { migrations: [...MIGRATIONS, broken] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const [copy] = backups();
    expect(copy).toBeDefined();
    const copyPath = path.join(tmp.dir, 'backups', copy ?? '');
    expect((error as AppError).code).toBe('database');
    expect((error as AppError).message).toContain(`A copy made just before the update is at ${copyPath}.`);
    expect((error as AppError).message).toMatch(/could not update its database.*left as it was/);

    // The original: same schema, same data, no half-applied column.
    const db = new Database(path.join(tmp.dir, 'worklog-desk.sqlite'), { readonly: true });
    expect(schemaVersion(db)).toBe(NEWEST);
    expect((db.prepare('PRAGMA table_info(instances)').all() as Array<{ name: string }>).map((c) => c.name)).not.toContain('oops');
    db.close();
    expect(instanceNames(path.join(tmp.dir, 'worklog-desk.sqlite'))).toEqual(['Acme ✨']);
    expect(instanceNames(copyPath)).toEqual(['Acme ✨']);
  });

  it('keeps the last three copies', () => {
    seed();
    const made: string[] = [];
    for (let n = 1; n <= 5; n += 1) {
      openDatabase(tmp.dir, { migrations: [...MIGRATIONS, ...Array.from({ length: n }, (_, i) => extra(i + 1))] }).close();
      made.push(...backups().filter((f) => !made.includes(f)));
    }
    expect(made).toHaveLength(5);
    // The newest three: taken before schema NEWEST+2, +3 and +4.
    expect(backups().map((f) => /-schema-(\d+)/.exec(f)?.[1])).toEqual(expect.arrayContaining([`${NEWEST + 2}`, `${NEWEST + 3}`, `${NEWEST + 4}`]));
    expect(backups()).toHaveLength(3);
  });

  it('when no copy can be made, migrates nothing and says so in plain words', () => {
    seed();
    // Something that is not a folder where the backups go: the copy cannot be written.
    fs.writeFileSync(path.join(tmp.dir, 'backups'), 'not a folder');
    let error: unknown;
    try {
      openDatabase(tmp.dir, { migrations: [...MIGRATIONS, extra(1)] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('database');
    expect((error as AppError).message).toBe(
      `Worklog Desk has to update its database, but could not first save a copy of it in ${path.join(tmp.dir, 'backups')}. ` +
        'Check that there is free disk space and that this folder can be written, then start again — nothing was changed.',
    );
    const db = new Database(path.join(tmp.dir, 'worklog-desk.sqlite'), { readonly: true });
    expect(schemaVersion(db)).toBe(NEWEST);
    db.close();
  });
});
