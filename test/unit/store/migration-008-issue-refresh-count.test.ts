import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/core/store/migrate.js';
import { MIGRATIONS } from '../../../main/core/store/migrations/index.js';
import { migration008IssueRefresh } from '../../../main/core/store/migrations/008-issue-refresh-count.js';
import { syncRunsRepo } from '../../../main/core/sync/sync-runs-repo.js';

// The number is the lead's to assign at merge: the test follows the migration, not a literal.
const VERSION = migration008IssueRefresh.version;

describe('migration issue-refresh-count', () => {
  it('keeps earlier history rows (0 issues refreshed) and records the count of new runs', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS, { target: VERSION - 1 });
    db.prepare(
      `INSERT INTO sync_runs (run_id, kind, instance_name, source, range_from, range_to, started_at, ended_at, status, fetched, inserted, updated, deleted, requests)
       VALUES ('old', 'worklogs', 'Acme', 'jira', '2026-10-01', '2026-10-31', '2026-11-01T08:00:00Z', '2026-11-01T08:01:00Z', 'ok', 40, 40, 0, 0, 7)`,
    ).run();
    expect(migrate(db, MIGRATIONS, { target: VERSION }).applied).toEqual([VERSION]);

    const runs = syncRunsRepo(db);
    const id = runs.start({ runId: 'new', kind: 'worklogs', instanceId: null, instanceName: 'Acme', source: 'jira', from: '2026-11-01', to: '2026-11-30', startedAt: '2026-12-01T08:00:00Z' });
    runs.finish(id, { status: 'ok', endedAt: '2026-12-01T08:00:05Z', counts: { fetched: 3, inserted: 0, updated: 2, deleted: 0 }, issuesRefreshed: 2, requests: 4, error: null });
    const byRun = Object.fromEntries(runs.list(10).map((r) => [r.runId, r]));
    expect(byRun.old).toMatchObject({ issuesRefreshed: 0, counts: { fetched: 40, inserted: 40, updated: 0, deleted: 0 }, requests: 7 });
    expect(byRun.new).toMatchObject({ issuesRefreshed: 2, counts: { fetched: 3, inserted: 0, updated: 2, deleted: 0 }, requests: 4 });
    expect(() => db.prepare('UPDATE sync_runs SET issues_refreshed = -1').run()).toThrow(/CHECK/);
    db.close();
  });
});
