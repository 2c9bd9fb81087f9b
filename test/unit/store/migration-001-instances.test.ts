import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/core/store/migrate.js';
import { MIGRATIONS } from '../../../main/core/store/migrations/index.js';

describe('migration 001 — instances and settings', () => {
  const fresh = () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS, { target: 1 });
    return db;
  };
  const row = (over: Record<string, unknown> = {}) => ({
    id: 'i1',
    name: 'alpha',
    url: 'https://alpha.atlassian.net',
    email: 'lead@example.com',
    tempo_base_url: 'https://api.tempo.io',
    tempo_enabled: 0,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    ...over,
  });
  const insert = (db: Database.Database, r: Record<string, unknown>) =>
    db
      .prepare(
        'INSERT INTO instances (id, name, url, email, tempo_base_url, tempo_enabled, created_at, updated_at) VALUES (@id, @name, @url, @email, @tempo_base_url, @tempo_enabled, @created_at, @updated_at)',
      )
      .run(r);

  it('creates instances with no column that could hold a secret', () => {
    const db = fresh();
    const cols = (db.prepare('PRAGMA table_info(instances)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(cols).toContain('name');
    expect(cols.filter((c) => /token|secret|password|key/i.test(c))).toEqual([]);
  });

  it('keeps instance names unique regardless of letter case, and non-blank', () => {
    const db = fresh();
    insert(db, row());
    expect(() => insert(db, row({ id: 'i2', name: 'ALPHA' }))).toThrow(/UNIQUE/);
    expect(() => insert(db, row({ id: 'i3', name: '   ' }))).toThrow(/CHECK/);
  });

  it('is STRICT: a wrong type is refused instead of silently stored', () => {
    const db = fresh();
    expect(() => insert(db, row({ tempo_enabled: 'yes' }))).toThrow();
  });

  it('stores only valid JSON in settings', () => {
    const db = fresh();
    db.prepare("INSERT INTO settings VALUES ('theme', '\"dark\"', 'now')").run();
    expect(() => db.prepare("INSERT INTO settings VALUES ('bad', '{nope', 'now')").run()).toThrow(/CHECK/);
  });
});
