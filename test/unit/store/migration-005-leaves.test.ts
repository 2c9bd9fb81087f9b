import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/core/store/migrate.js';
import { MIGRATIONS } from '../../../main/core/store/migrations/index.js';

describe('migration 005 — Factorial employees, people map, leaves, holidays', () => {
  const at5 = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS, { target: 4 });
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"dark\"', 'now')").run();
    migrate(db, MIGRATIONS, { target: 5 });
    return db;
  };
  const leave = (over: Record<string, unknown> = {}) => ({
    id: 1,
    employee_id: 10,
    start_on: '2026-11-02',
    finish_on: '2026-11-04',
    half_day: null,
    leave_type_id: 1,
    leave_type_name: 'Vacation',
    approved: 1,
    updated_at: null,
    synced_at: 'now',
    ...over,
  });
  const insertLeave = (db: Database.Database, r: Record<string, unknown>) =>
    db
      .prepare(
        'INSERT INTO leaves (id, employee_id, start_on, finish_on, half_day, leave_type_id, leave_type_name, approved, updated_at, synced_at) VALUES (@id, @employee_id, @start_on, @finish_on, @half_day, @leave_type_id, @leave_type_name, @approved, @updated_at, @synced_at)',
      )
      .run(r);

  it('keeps earlier data and creates strict tables', () => {
    const db = at5();
    expect(db.prepare("SELECT value FROM settings WHERE key = 'theme'").get()).toEqual({ value: '"dark"' });
    const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('factorial_employees', 'people_map', 'leaves', 'holidays') ORDER BY name").all();
    expect(strict).toEqual([
      { name: 'factorial_employees', strict: 1 },
      { name: 'holidays', strict: 1 },
      { name: 'leaves', strict: 1 },
      { name: 'people_map', strict: 1 },
    ]);
    expect(() => db.prepare("INSERT INTO factorial_employees (id, email, full_name, fetched_at) VALUES ('x', NULL, NULL, 'now')").run()).toThrow(/datatype|INTEGER/i);
  });

  it('stores leaves once per Factorial id and refuses bad dates, half days and approvals', () => {
    const db = at5();
    insertLeave(db, leave());
    expect(() => insertLeave(db, leave())).toThrow(/UNIQUE|PRIMARY/);
    insertLeave(db, leave({ id: 2, half_day: 'morning', start_on: '2026-11-05', finish_on: '2026-11-05', approved: 0 }));
    expect(() => insertLeave(db, leave({ id: 3, half_day: 'beggining_of_day' }))).toThrow(/CHECK/);
    expect(() => insertLeave(db, leave({ id: 4, approved: 2 }))).toThrow(/CHECK/);
    expect(() => insertLeave(db, leave({ id: 5, start_on: '02/11/2026' }))).toThrow(/CHECK/);
    expect(() => insertLeave(db, leave({ id: 6, start_on: '2026-11-05', finish_on: '2026-11-04' }))).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) AS n FROM leaves').get()).toEqual({ n: 2 });
  });

  it('maps an account to one employee, only auto or manual', () => {
    const db = at5();
    const map = db.prepare('INSERT INTO people_map (account_id, employee_id, how, mapped_at) VALUES (?, ?, ?, ?)');
    map.run('acc-1', 10, 'auto', 'now');
    map.run('acc-2', 10, 'manual', 'now'); // two accounts, one person
    expect(() => map.run('acc-1', 11, 'manual', 'now')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => map.run('acc-3', 11, 'guess', 'now')).toThrow(/CHECK/);
    expect(() => map.run('', 11, 'manual', 'now')).toThrow(/CHECK/);
  });

  it('keeps one holiday per date', () => {
    const db = at5();
    db.prepare("INSERT INTO holidays (date, name) VALUES ('2026-12-25', 'Christmas')").run();
    expect(() => db.prepare("INSERT INTO holidays (date, name) VALUES ('2026-12-25', 'Again')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO holidays (date, name) VALUES ('25.12.2026', 'x')").run()).toThrow(/CHECK/);
  });

  it('answers range × employee queries from an index', () => {
    const db = at5();
    const plan = (sql: string): string =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ from: '2026-11-01', to: '2026-11-30', e: 10 }) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    expect(plan('SELECT id FROM leaves WHERE employee_id = @e AND finish_on >= @from AND start_on <= @to')).toMatch(/USING (COVERING )?INDEX leaves_employee_range/);
    expect(plan('SELECT id FROM leaves WHERE finish_on >= @from AND start_on <= @to')).toMatch(/USING (COVERING )?INDEX leaves_range/);
  });
});
