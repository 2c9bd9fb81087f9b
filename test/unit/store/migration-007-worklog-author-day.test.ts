import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/core/store/migrate.js';
import { MIGRATIONS } from '../../../main/core/store/migrations/index.js';

const AUTHOR_DAY = MIGRATIONS.findIndex((m) => m.name === 'worklog-author-day') + 1;

interface Seed {
  source: 'jira' | 'tempo';
  id: string;
  /** As stored before: the date part of `started` in the reader's zone (Berlin). */
  local_date: string;
  started: string;
  raw: string;
}

const jiraRaw = (timeZone: string | null | undefined): string =>
  JSON.stringify({ id: 'x', author: { accountId: 'a', displayName: 'Zoë', ...(timeZone === undefined ? {} : { timeZone }) }, started: 'see row' });

/** Rows as the previous version stored them: the reader's (Berlin's) day, whoever the author. */
const SEEDS: Seed[] = [
  // Near midnight: 07:00 on 1 July in Sydney is 23:00 on 30 June in Berlin.
  { source: 'jira', id: 'sydney-morning', local_date: '2026-06-30', started: '2026-06-30T23:00:00.000+0200', raw: jiraRaw('Australia/Sydney') },
  // Near midnight the other way: 22:30 on 2 March in Los Angeles is 07:30 on 3 March in Berlin.
  { source: 'jira', id: 'la-evening', local_date: '2026-03-03', started: '2026-03-03T07:30:00.000+0100', raw: jiraRaw('America/Los_Angeles') },
  // Half-hour zone, same day in both.
  { source: 'jira', id: 'kolkata-noon', local_date: '2026-03-03', started: '2026-03-03T07:30:00.000+0100', raw: jiraRaw('Asia/Kolkata') },
  // Hidden zone (absent, null) and a zone Intl does not know: the reader's day stays, flagged.
  { source: 'jira', id: 'hidden-absent', local_date: '2026-06-30', started: '2026-06-30T23:00:00.000+0200', raw: jiraRaw(undefined) },
  { source: 'jira', id: 'hidden-null', local_date: '2026-06-30', started: '2026-06-30T23:00:00.000+0200', raw: jiraRaw(null) },
  { source: 'jira', id: 'unknown-zone', local_date: '2026-06-30', started: '2026-06-30T23:00:00.000+0200', raw: jiraRaw('Mars/Olympus_Mons') },
  { source: 'jira', id: 'no-author', local_date: '2026-06-30', started: '2026-06-30T23:00:00.000+0200', raw: '[]' },
  // Tempo's startDate is already the author's day: untouched, never flagged.
  { source: 'tempo', id: '5001', local_date: '2026-07-01', started: '2026-06-30T21:00:00.000Z', raw: '{"startDate":"2026-07-01"}' },
];

function at7WithWorklogs(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS, { target: AUTHOR_DAY - 1 });
  db.prepare("INSERT INTO instances (id, name, url, email, tempo_base_url, tempo_enabled, created_at, updated_at) VALUES ('i1', 'alpha', 'https://a', 'e@x', 'https://api.tempo.io', 0, 'now', 'now')").run();
  const ins = db.prepare(
    `INSERT INTO worklogs (instance_id, source, source_id, issue_id, author_account_id, local_date, started, seconds, raw, synced_at)
     VALUES ('i1', @source, @id, '10001', 'a', @local_date, @started, 3600, @raw, 'now')`,
  );
  for (const s of SEEDS) ins.run(s);
  const cursor = db.prepare("INSERT INTO sync_cursors (instance_id, name, value, updated_at) VALUES ('i1', ?, '1', 'now')");
  for (const name of ['jira-feed:2026-06-01:2026-06-30', 'jira-feed:2026-07-01:2026-07-31', 'jira-search-next']) cursor.run(name);
  expect(migrate(db, MIGRATIONS, { target: AUTHOR_DAY }).applied).toEqual([AUTHOR_DAY]);
  return db;
}

describe('migration worklog-author-day — a worklog belongs to its author’s day', () => {
  it('re-dates stored Jira worklogs by the author’s zone in their raw record, flags the rest, leaves Tempo alone', () => {
    const db = at7WithWorklogs();
    const rows = db.prepare('SELECT source_id, local_date, day_from_reader_zone FROM worklogs ORDER BY rowid').all();
    expect(rows).toEqual([
      { source_id: 'sydney-morning', local_date: '2026-07-01', day_from_reader_zone: 0 },
      { source_id: 'la-evening', local_date: '2026-03-02', day_from_reader_zone: 0 },
      { source_id: 'kolkata-noon', local_date: '2026-03-03', day_from_reader_zone: 0 },
      { source_id: 'hidden-absent', local_date: '2026-06-30', day_from_reader_zone: 1 },
      { source_id: 'hidden-null', local_date: '2026-06-30', day_from_reader_zone: 1 },
      { source_id: 'unknown-zone', local_date: '2026-06-30', day_from_reader_zone: 1 },
      { source_id: 'no-author', local_date: '2026-06-30', day_from_reader_zone: 1 },
      { source_id: '5001', local_date: '2026-07-01', day_from_reader_zone: 0 },
    ]);
    // `started` (the instant) is kept as received.
    expect(db.prepare("SELECT started FROM worklogs WHERE source_id = 'sydney-morning'").get()).toEqual({ started: '2026-06-30T23:00:00.000+0200' });
  });

  it('drops the Jira change-feed cursors so the next sync of every range is a full pass, and keeps other cursors', () => {
    const db = at7WithWorklogs();
    expect(db.prepare('SELECT name FROM sync_cursors ORDER BY name').all()).toEqual([{ name: 'jira-search-next' }]);
  });

  it('new rows default to the author’s day (flag 0)', () => {
    const db = at7WithWorklogs();
    db.prepare(
      `INSERT INTO worklogs (instance_id, source, source_id, issue_id, author_account_id, local_date, started, seconds, raw, synced_at)
       VALUES ('i1', 'tempo', '9', '10001', 'a', '2026-07-02', '2026-07-02T09:00:00Z', 60, '{}', 'now')`,
    ).run();
    expect(db.prepare("SELECT day_from_reader_zone FROM worklogs WHERE source_id = '9'").get()).toEqual({ day_from_reader_zone: 0 });
  });
});
