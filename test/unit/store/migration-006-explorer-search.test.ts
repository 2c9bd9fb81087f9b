import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { foldText, searchText } from '../../../shared/domain/explorer.js';
import { buildWhere } from '../../../main/core/explorer/explorer-filter.js';
import { migrate } from '../../../main/core/store/migrate.js';
import { MIGRATIONS } from '../../../main/core/store/migrations/index.js';

interface Seed {
  id: string;
  issue_key: string | null;
  issue_summary: string | null;
  comment: string | null;
  author_name: string | null;
}

/** Rows as version 5 stored them: accents, emoji, a keyless issue, empty and missing texts. */
const SEEDS: Seed[] = [
  { id: '1', issue_key: 'CORE-1', issue_summary: 'Café façade for Zoë', comment: 'Reviewed with Łukasz 🚀', author_name: 'Zoë Ångström' },
  { id: '2', issue_key: 'CORE-12', issue_summary: 'Ødegård’s naïve résumé', comment: null, author_name: 'Łukasz Wałęsa' },
  { id: '3', issue_key: null, issue_summary: null, comment: 'Straße 🎉 — ÉCOLE', author_name: null },
  { id: '4', issue_key: 'OPS-7', issue_summary: '', comment: '', author_name: 'Søren 🧪' },
];

/** Migrate to 5, insert worklogs, migrate to 6 — on a plain connection, as migrate() alone must be enough. */
function at6WithWorklogs(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS, { target: 5 });
  db.prepare("INSERT INTO instances (id, name, url, email, tempo_base_url, tempo_enabled, created_at, updated_at) VALUES ('i1', 'alpha', 'https://a', 'e@x', 'https://api.tempo.io', 0, 'now', 'now')").run();
  const ins = db.prepare(
    `INSERT INTO worklogs (instance_id, source, source_id, issue_id, issue_key, issue_summary, author_account_id, author_name, local_date, started, seconds, comment, raw, synced_at)
     VALUES ('i1', 'jira', @id, '10' || @id, @issue_key, @issue_summary, 'acc-' || @id, @author_name, '2026-11-03', '2026-11-03T09:00:00.000+0100', 3600, @comment, '{}', 'now')`,
  );
  for (const s of SEEDS) ins.run(s);
  expect(migrate(db, MIGRATIONS, { target: 6 }).applied).toEqual([6]);
  return db;
}

const plan = (db: Database.Database, sql: string, args: unknown[]): string =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');

describe('migration 006 — explorer search text and wider explorer index', () => {
  it('backfills every existing row with the folded key, summary and comment', () => {
    const db = at6WithWorklogs();
    const rows = db.prepare('SELECT source_id, search FROM worklogs ORDER BY source_id').all() as Array<{ source_id: string; search: string }>;
    expect(rows).toEqual(SEEDS.map((s) => ({ source_id: s.id, search: searchText(s.issue_key, s.issue_summary, s.comment) })));
    // Independently of searchText: accents and case are gone, emoji stay, columns are kept apart.
    expect(rows[0]?.search).toBe('core-1\u0001cafe facade for zoe\u0001reviewed with lukasz 🚀');
    expect(rows[2]?.search).toBe('\u0001\u0001strasse 🎉 — ecole');
    // The rows themselves are untouched.
    expect(db.prepare("SELECT issue_summary, comment, author_name FROM worklogs WHERE source_id = '1'").get()).toEqual({
      issue_summary: 'Café façade for Zoë',
      comment: 'Reviewed with Łukasz 🚀',
      author_name: 'Zoë Ångström',
    });
  });

  it('finds migrated rows by accent- and case-insensitive text, emoji included, never across two columns', () => {
    const db = at6WithWorklogs();
    const found = (text: string): string[] => {
      const where = buildWhere(db, { from: '2026-11-01', to: '2026-11-30', text });
      return (db.prepare(`SELECT w.source_id FROM worklogs w WHERE ${where.sql} ORDER BY 1`).all(...where.args) as Array<{ source_id: string }>).map((r) => r.source_id);
    };
    expect(found('ZOE')).toEqual(['1']);
    expect(found('Zoë')).toEqual(['1']);
    expect(found('lukasz')).toEqual(['1']);
    expect(found('Łukasz 🚀')).toEqual(['1']);
    expect(found('odegard')).toEqual(['2']);
    expect(found('🎉')).toEqual(['3']);
    expect(found('strasse')).toEqual(['3']);
    expect(found('core-1')).toEqual(['1', '2']);
    expect(found('ops-7')).toEqual(['4']);
    // "CORE-12" ends the key, "Ødegård" starts the summary: no match spans the two.
    expect(found('2ode')).toEqual([]);
    expect(found(foldText('naïve résumé'))).toEqual(['2']);
  });

  it('adds the search index and the issue / author columns to worklogs_explorer', () => {
    const db = at6WithWorklogs();
    const columns = (index: string): string[] => (db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').all(index) as Array<{ name: string }>).map((r) => r.name);
    expect(columns('worklogs_explorer')).toEqual([
      'local_date', 'author_account_id', 'instance_id', 'project_key', 'epic_key', 'issue_id', 'seconds', 'issue_key', 'author_name', 'issue_summary',
    ]);
    expect(columns('worklogs_search')).toEqual(['local_date', 'search']);
  });

  it('answers issue groups, the issue filter and text matches from indexes alone', () => {
    const db = at6WithWorklogs();
    const month = { from: '2026-11-01', to: '2026-11-30' };
    const byIssue = buildWhere(db, { ...month, teamOnly: true, issueKeys: ['CORE-1', '#103'] });
    expect(
      plan(
        db,
        `SELECT w.instance_id, coalesce(w.issue_key, '#' || w.issue_id), sum(w.seconds), count(DISTINCT w.author_account_id), max(w.rowid), w.issue_summary, w.author_name
           FROM worklogs w WHERE ${byIssue.sql} GROUP BY 1, 2`,
        byIssue.args,
      ),
    ).toMatch(/SEARCH w USING COVERING INDEX worklogs_explorer \(local_date>\? AND local_date<\?\)/);
    const byText = buildWhere(db, { ...month, text: 'zoe' });
    expect(plan(db, `SELECT count(*) FROM worklogs w WHERE ${byText.sql}`, byText.args)).toMatch(/SEARCH s USING INDEX worklogs_search \(local_date>\? AND local_date<\?\)/);
    // Rows sort by author name without reading the table.
    expect(plan(db, `SELECT w.rowid FROM worklogs w WHERE w.local_date BETWEEN ? AND ? ORDER BY w.author_name COLLATE NOCASE LIMIT 10`, [month.from, month.to])).toMatch(
      /COVERING INDEX worklogs_explorer/,
    );
  });
});
