import { describe, expect, it } from 'vitest';
import { insertTempoInstance, migratedAcross } from '../../helpers/migrate-around.js';
import { migration011TempoApprovals } from '../../../main/core/store/migrations/011-tempo-approvals.js';

// Renumbered at merge: the test follows the migration's own version.
const V = migration011TempoApprovals.version;

describe('migration tempo-approvals — Tempo timesheet approval statuses', () => {
  const atV = () =>
    migratedAcross(V, (db) => {
      insertTempoInstance(db);
      db.prepare("INSERT INTO tempo_team_link VALUES (1, 'i1', 7, 'Équipe 🚀', 'now')").run();
    });

  it('keeps what was there, stores statuses per member and period, checks them, and goes with the instance', () => {
    const db = atV();
    expect(db.prepare('SELECT team_name FROM tempo_team_link').all()).toEqual([{ team_name: 'Équipe 🚀' }]);
    db.prepare("INSERT INTO tempo_approval_periods VALUES ('i1', 7, '2026-11-01', '2026-11-30', 'now')").run();
    db.prepare("INSERT INTO tempo_approvals VALUES ('i1', 7, 'acc-1', '2026-11-01', '2026-11-30', 'submitted', 'IN_REVIEW', 576000, 540000, 'acc-lead', 'now')").run();
    db.prepare("INSERT INTO tempo_approval_reads VALUES (7, 'i1', 'now', NULL)").run();
    // One row per member and period.
    expect(() => db.prepare("INSERT INTO tempo_approvals VALUES ('i1', 7, 'acc-1', '2026-11-01', '2026-11-30', 'open', 'OPEN', 0, 0, NULL, 'now')").run()).toThrow(/UNIQUE|PRIMARY/);
    // Only the app's four words, and periods that end after they start.
    expect(() => db.prepare("INSERT INTO tempo_approvals VALUES ('i1', 7, 'acc-2', '2026-11-01', '2026-11-30', 'IN_REVIEW', 'IN_REVIEW', 0, 0, NULL, 'now')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO tempo_approval_periods VALUES ('i1', 7, '2026-12-01', '2026-11-30', 'now')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO tempo_approvals VALUES ('i1', 7, 'acc-3', '2026-11-01', '2026-11-30', 'open', 'OPEN', -1, 0, NULL, 'now')").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM instances WHERE id = 'i1'").run();
    for (const t of ['tempo_approval_periods', 'tempo_approvals', 'tempo_approval_reads']) expect(db.prepare(`SELECT count(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
  });
});
