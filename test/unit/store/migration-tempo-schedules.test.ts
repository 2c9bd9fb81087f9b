import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertTeamMember, insertTempoInstance, migratedAcross } from '../../helpers/migrate-around.js';
import { migration009TempoSchedules } from '../../../main/core/store/migrations/009-tempo-schedules.js';

// The lead renumbers this migration at merge: the test follows its version, never a literal.
const V = migration009TempoSchedules.version;

describe('migration tempo-schedules — Tempo required hours per person and day', () => {
  const atV = () =>
    migratedAcross(V, (db) => {
      insertTempoInstance(db);
      insertTeamMember(db);
    });
  const day = (db: Database.Database, over: Record<string, unknown> = {}) =>
    db
      .prepare('INSERT INTO tempo_schedule_days (account_id, date, required_seconds, day_type, holiday_name, instance_id, synced_at) VALUES (@a, @d, @s, @t, @h, @i, @at)')
      .run({ a: 'acc-1', d: '2026-11-02', s: 14400, t: 'WORKING_DAY', h: null, i: 'i1', at: 'now', ...over });

  it('keeps earlier data and creates a strict table', () => {
    const db = atV();
    expect(db.prepare("SELECT display_name FROM team_members WHERE account_id = 'acc-1'").get()).toEqual({ display_name: 'Zoë 🚀' });
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'tempo_schedule_days'").get()).toEqual({ strict: 1 });
    day(db);
    day(db, { d: '2026-12-25', s: 0, t: 'HOLIDAY', h: 'Noël 🎄' });
    expect(db.prepare('SELECT date, required_seconds, day_type, holiday_name FROM tempo_schedule_days ORDER BY date').all()).toEqual([
      { date: '2026-11-02', required_seconds: 14400, day_type: 'WORKING_DAY', holiday_name: null },
      { date: '2026-12-25', required_seconds: 0, day_type: 'HOLIDAY', holiday_name: 'Noël 🎄' },
    ]);
  });

  it('refuses a second row for the same person and day, bad dates and impossible seconds', () => {
    const db = atV();
    day(db);
    expect(() => day(db)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => day(db, { d: '2/11/2026' })).toThrow(/CHECK/);
    expect(() => day(db, { d: '2026-11-03', s: 90000 })).toThrow(/CHECK/);
    expect(() => day(db, { d: '2026-11-04', i: 'nope' })).toThrow(/FOREIGN KEY/);
  });

  it('goes with its instance', () => {
    const db = atV();
    day(db);
    db.prepare("DELETE FROM instances WHERE id = 'i1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM tempo_schedule_days').get()).toEqual({ n: 0 });
  });
});
