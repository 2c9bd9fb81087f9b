import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/core/store/open-database.js';
import { MIGRATIONS } from '../../../main/core/store/migrations/index.js';
import { useSqliteBinding } from '../../../main/core/store/sqlite-binding.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  useSqliteBinding(undefined);
  cleanups.splice(0).forEach((c) => c());
});

describe('the compiled better-sqlite3 a process loads', () => {
  it('is the one handed in as nativeBinding, for every database the process opens', () => {
    const tmp = makeTempDir('wd-binding-');
    cleanups.push(tmp.cleanup);
    // Node's own build, given explicitly: what Electron main does with Electron's build.
    useSqliteBinding(path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node'));
    const db = openDatabase(tmp.dir);
    expect(db.prepare('select count(*) as n from schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    db.close();
    // A binding that isn't there fails the open: the option really is what gets loaded.
    useSqliteBinding(path.join(tmp.dir, 'missing', 'better_sqlite3.node'));
    expect(() => openDatabase(tmp.dir, { file: 'other.sqlite' })).toThrow(/Cannot find module/);
  });
});
