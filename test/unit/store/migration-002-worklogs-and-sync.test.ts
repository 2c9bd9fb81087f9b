import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/core/store/migrate.js';
import { MIGRATIONS } from '../../../main/core/store/migrations/index.js';

/** Migrate to 1, insert data, migrate to 2: existing rows survive and the new tables work. */
describe('migration 002 — worklogs, caches, sync history and cursors', () => {
  const at1WithInstance = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS, { target: 1 });
    db.prepare(
      "INSERT INTO instances (id, name, url, email, tempo_base_url, tempo_enabled, created_at, updated_at) VALUES ('i1', 'alpha', 'https://a', 'e@x', 'https://api.tempo.io', 0, 'now', 'now')",
    ).run();
    migrate(db, MIGRATIONS, { target: 2 });
    return db;
  };
  const worklog = (over: Record<string, unknown> = {}) => ({
    instance_id: 'i1',
    source: 'jira',
    source_id: '100',
    issue_id: '20000',
    author_account_id: 'acc',
    local_date: '2026-11-03',
    started: '2026-11-03T23:45:00.000+0530',
    seconds: 3600,
    raw: '{}',
    synced_at: 'now',
    ...over,
  });
  const insert = (db: Database.Database, r: Record<string, unknown>) =>
    db
      .prepare(
        'INSERT INTO worklogs (instance_id, source, source_id, issue_id, author_account_id, local_date, started, seconds, raw, synced_at) VALUES (@instance_id, @source, @source_id, @issue_id, @author_account_id, @local_date, @started, @seconds, @raw, @synced_at)',
      )
      .run(r);

  it('keeps the instances of version 1', () => {
    const db = at1WithInstance();
    expect(db.prepare('SELECT name FROM instances').all()).toEqual([{ name: 'alpha' }]);
  });

  it('stores a worklog once per (instance, source, source id)', () => {
    const db = at1WithInstance();
    insert(db, worklog());
    expect(() => insert(db, worklog())).toThrow(/UNIQUE|PRIMARY/);
    insert(db, worklog({ source: 'tempo' }));
    expect(db.prepare('SELECT count(*) AS n FROM worklogs').get()).toEqual({ n: 2 });
  });

  it('refuses bad dates, negative durations, invalid raw JSON and unknown instances', () => {
    const db = at1WithInstance();
    expect(() => insert(db, worklog({ local_date: '03/11/2026' }))).toThrow(/CHECK/);
    expect(() => insert(db, worklog({ seconds: -1 }))).toThrow(/CHECK/);
    expect(() => insert(db, worklog({ raw: '{' }))).toThrow(/CHECK/);
    expect(() => insert(db, worklog({ instance_id: 'nope' }))).toThrow(/FOREIGN KEY/);
  });

  it('removes an instance together with its worklogs, caches and cursors, but keeps its history', () => {
    const db = at1WithInstance();
    insert(db, worklog());
    db.prepare("INSERT INTO jira_issues VALUES ('i1', '20000', 'CORE-1', 's', 'Story', 0, 'CORE', 'Core', NULL, 'now')").run();
    db.prepare("INSERT INTO jira_users (instance_id, account_id, display_name, fetched_at) VALUES ('i1', 'acc', 'Ada', 'now')").run();
    db.prepare("INSERT INTO sync_cursors VALUES ('i1', 'worklog-updated', '123', 'now')").run();
    db.prepare(
      "INSERT INTO sync_runs (run_id, kind, instance_id, instance_name, source, range_from, range_to, started_at, status) VALUES ('r', 'worklogs', 'i1', 'alpha', 'jira', '2026-11-01', '2026-11-30', 'now', 'ok')",
    ).run();
    db.prepare("DELETE FROM instances WHERE id = 'i1'").run();
    for (const t of ['worklogs', 'jira_issues', 'jira_users', 'sync_cursors']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
    }
    expect(db.prepare('SELECT instance_id, instance_name FROM sync_runs').all()).toEqual([{ instance_id: null, instance_name: 'alpha' }]);
  });

  it.each([
    ['author_account_id', 'worklogs_author_date'],
    ['epic_key', 'worklogs_epic_date'],
    ['project_key', 'worklogs_project_date'],
  ])('answers date-range × %s queries from the matching index', (column, index) => {
    const db = at1WithInstance();
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT sum(seconds) FROM worklogs WHERE local_date BETWEEN '2026-11-01' AND '2026-11-30' AND ${column} = 'x'`)
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain(`USING INDEX ${index} (${column}=? AND local_date>? AND local_date<?)`);
  });
});
