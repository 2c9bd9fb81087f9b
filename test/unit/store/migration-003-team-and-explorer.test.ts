import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/core/store/migrate.js';
import { MIGRATIONS } from '../../../main/core/store/migrations/index.js';
import { buildWhere } from '../../../main/core/explorer/explorer-filter.js';

/** Migrate to 2, insert worklogs, migrate to 3: rows survive, team_members guards its values, and explorer queries read the covering index. */
describe('migration 003 — team and explorer', () => {
  const at3WithWorklogs = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS, { target: 2 });
    db.prepare("INSERT INTO instances (id, name, url, email, tempo_base_url, tempo_enabled, created_at, updated_at) VALUES ('i1', 'alpha', 'https://a', 'e@x', 'https://api.tempo.io', 0, 'now', 'now')").run();
    const ins = db.prepare(
      "INSERT INTO worklogs (instance_id, source, source_id, issue_id, author_account_id, epic_key, project_key, local_date, started, seconds, raw, synced_at) VALUES ('i1', 'jira', ?, '1', ?, ?, 'CORE', ?, ?, 3600, '{}', 'now')",
    );
    ins.run('1', 'acc-1', 'CORE-1', '2026-11-03', '2026-11-03T23:45:00.000+1345');
    ins.run('2', 'acc-2', null, '2026-11-04', '2026-11-04T00:10:00.000-0800');
    migrate(db, MIGRATIONS, { target: 3 });
    return db;
  };
  const member = (db: Database.Database, over: Record<string, unknown> = {}) =>
    db
      .prepare('INSERT INTO team_members (account_id, display_name, daily_seconds, working_weekdays, added_at) VALUES (@account_id, @display_name, @daily_seconds, @working_weekdays, @added_at)')
      .run({ account_id: 'acc-1', display_name: 'Ada', daily_seconds: 28800, working_weekdays: '1,2,3,4,5', added_at: 'now', ...over });

  it('keeps the worklogs of version 2', () => {
    const db = at3WithWorklogs();
    expect(db.prepare('SELECT source_id, local_date FROM worklogs ORDER BY source_id').all()).toEqual([
      { source_id: '1', local_date: '2026-11-03' },
      { source_id: '2', local_date: '2026-11-04' },
    ]);
  });

  it('stores a member once, with 8 h and Monday–Friday by default', () => {
    const db = at3WithWorklogs();
    db.prepare("INSERT INTO team_members (account_id, display_name, added_at) VALUES ('acc-1', 'Ada', 'now')").run();
    expect(db.prepare('SELECT daily_seconds, working_weekdays FROM team_members').get()).toEqual({ daily_seconds: 28800, working_weekdays: '1,2,3,4,5' });
    expect(() => member(db)).toThrow(/UNIQUE|PRIMARY/);
  });

  it('refuses daily hours outside 0–24 h and malformed weekday lists', () => {
    const db = at3WithWorklogs();
    expect(() => member(db, { daily_seconds: -1 })).toThrow(/CHECK/);
    expect(() => member(db, { daily_seconds: 86401 })).toThrow(/CHECK/);
    expect(() => member(db, { daily_seconds: 7.5 })).toThrow(/INTEGER|CHECK|cannot store/);
    for (const bad of ['0', '8', '1,,2', '1,', ',1', '12', '2,1', '1,1', '1-5', 'mon', '1, 2']) {
      expect(() => member(db, { account_id: `x${bad}`, working_weekdays: bad }), bad).toThrow(/CHECK/);
    }
    for (const good of ['', '1', '1,2,3,4,5', '1,3,5', '6,7', '1,2,3,4,5,6,7']) member(db, { account_id: `ok${good}`, working_weekdays: good });
    expect(db.prepare('SELECT count(*) AS n FROM team_members').get()).toEqual({ n: 6 });
  });

  it('answers a month × grouping from the covering worklogs_explorer index, even with team and author filters', () => {
    const db = at3WithWorklogs();
    for (const f of [{}, { teamOnly: true }, { authorAccountIds: ['acc-1', 'acc-2'] }, { projectKeys: ['CORE'], epicKeys: [null, 'CORE-1'], instanceIds: ['i1'] }]) {
      const where = buildWhere(db, { from: '2026-11-01', to: '2026-11-30', ...f });
      for (const col of ['w.author_account_id', 'w.epic_key', 'w.project_key', 'w.local_date', 'w.issue_id']) {
        const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT ${col}, sum(w.seconds), count(*), max(w.rowid) FROM worklogs w WHERE ${where.sql} GROUP BY 1`).all(...where.args) as Array<{ detail: string }>)
          .map((r) => r.detail)
          .join(' | ');
        expect(plan, `${col} ${JSON.stringify(f)}`).toMatch(/SEARCH w USING COVERING INDEX worklogs_explorer \(local_date>\? AND local_date<\?\)/);
      }
    }
  });
});
