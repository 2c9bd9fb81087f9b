import { searchText } from '../../shared/domain/explorer.js';
import { mulberry32 } from '../../test/fakes/faults.js';
import type { Db } from '../../main/core/store/open-database.js';

/** Sizes of a generated explorer database; the defaults are the issue's benchmark (1,000,000 worklogs). */
export interface DbWorldOptions {
  seed?: number;
  worklogs?: number;
  teamPeople?: number;
  otherPeople?: number;
  instances?: number;
  projects?: number;
  epics?: number;
  issues?: number;
  /** Inclusive local-date range. */
  from?: string;
  to?: string;
}

export const DEFAULT_DB_WORLD = {
  seed: 1,
  worklogs: 1_000_000,
  teamPeople: 50,
  otherPeople: 150,
  instances: 3,
  projects: 20,
  epics: 300,
  issues: 40_000,
  from: '2025-01-01',
  to: '2026-12-31',
} satisfies Required<DbWorldOptions>;

const OFFSETS = ['+0000', '+0100', '+0200', '-0500', '-0800', '+0530', '+1000', '+1345'];
const FIRST = ['Ada', 'Grace', 'José', 'Zoë', 'Łukasz', 'Søren', 'Aiko', 'Chloé', 'Mateo', 'Nneka', 'Øyvind', 'Priya', 'Renée', 'Tomás', 'Émile', 'Björn'];
const LAST = ['Lovelace', 'Hopper', 'Muñoz', 'Brontë', 'Wałęsa', 'Kierkegaard', 'Tanaka', 'Dubois', 'García', 'Okafor', 'Ødegård', 'Iyer', 'Lefèvre'];
const WORDS = ['migration', 'café', 'naïve', 'review', 'deploy', 'Zoë', 'façade', 'rollout', 'crème', 'index', 'résumé', 'cache', 'über', 'piñata', 'test'];
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
}

export interface DbWorld {
  instanceIds: string[];
  teamAccountIds: string[];
  accountIds: string[];
}

/**
 * Fills a migrated database with generated instances, team members and worklogs, as fast as SQLite
 * allows: one transaction, one prepared statement, and the worklogs indexes dropped during the
 * load and rebuilt after it (building an index from sorted data beats 1M random index inserts).
 * Worklogs are written in random date order, as syncs of many ranges leave them, so a month's rows
 * are scattered over the table — the realistic case for the explorer's lookups.
 */
export function fillDbWorld(db: Db, options: DbWorldOptions = {}): DbWorld {
  const o = { ...DEFAULT_DB_WORLD, ...options };
  const rnd = mulberry32(o.seed);
  const int = (n: number): number => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const now = '2027-01-01T00:00:00.000Z';

  const instanceIds = Array.from({ length: o.instances }, (_, i) => `00000000-0000-4000-8000-${pad(i, 12)}`);
  const people = Array.from({ length: o.teamPeople + o.otherPeople }, (_, i) => ({
    accountId: `5f${(0xa000 + i).toString(16)}bench${pad(i, 6)}`,
    name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`,
    offset: OFFSETS[i % OFFSETS.length] as string,
  }));
  const projects = Array.from({ length: o.projects }, (_, i) => ({ instanceId: instanceIds[i % o.instances] as string, key: `P${String.fromCharCode(65 + (i % 26))}${i}`, name: `Project ${i} — ${pick(WORDS)}` }));
  const epics = Array.from({ length: o.epics }, (_, i) => {
    const p = projects[i % projects.length] as (typeof projects)[number];
    return { project: p, key: `${p.key}-${i + 1}`, summary: `Epic ${i}: ${pick(WORDS)} ${pick(WORDS)}` };
  });
  const issues = Array.from({ length: o.issues }, (_, i) => {
    const epic = rnd() < 0.66 ? pick(epics) : null;
    const project = epic?.project ?? pick(projects);
    // 1 % are issues Jira did not return at hydration (deleted, or not visible to the lead): the
    // worklog knows only their id, stored without key, summary, project or epic.
    const known = rnd() >= 0.01;
    return { id: String(100000 + i), key: `${project.key}-${o.epics + i + 1}`, summary: `Issue ${i} ${pick(WORDS)} ${pick(WORDS)}`, project, epic, known };
  });
  const allDays = days(o.from, o.to);

  const tx = db.transaction(() => {
    const insInstance = db.prepare(
      "INSERT INTO instances (id, name, url, email, tempo_base_url, tempo_enabled, created_at, updated_at) VALUES (?, ?, ?, 'lead@example.com', 'https://api.tempo.io', 1, ?, ?)",
    );
    instanceIds.forEach((id, i) => insInstance.run(id, `site-${i + 1}`, `https://site-${i + 1}.atlassian.net`, now, now));
    const insMember = db.prepare("INSERT INTO team_members (account_id, display_name, daily_seconds, working_weekdays, added_at) VALUES (?, ?, 28800, '1,2,3,4,5', ?)");
    for (const p of people.slice(0, o.teamPeople)) insMember.run(p.accountId, p.name, now);

    const indexes = db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'worklogs' AND sql IS NOT NULL").all();
    for (const ix of indexes) db.exec(`DROP INDEX ${ix.name}`);
    // A database of schema 5 (bench:db times migration 006 on it) has no search column yet.
    const withSearch = (db.prepare("SELECT name FROM pragma_table_info('worklogs')").all() as Array<{ name: string }>).some((c) => c.name === 'search');
    const ins = db.prepare(
      `INSERT INTO worklogs (instance_id, source, source_id, issue_id, issue_key, issue_summary, issue_type, project_key, project_name,
         parent_key, parent_summary, epic_key, epic_summary, author_account_id, author_name, local_date, started, seconds, comment,
         source_updated, raw, synced_at${withSearch ? ', search' : ''})
       VALUES (?, 'tempo', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${withSearch ? ', ?' : ''})`,
    );
    for (let i = 0; i < o.worklogs; i++) {
      // Team members log most of the work, as in a lead's own sites.
      const person = rnd() < 0.6 ? (people[int(o.teamPeople)] as (typeof people)[number]) : pick(people);
      const issue = pick(issues);
      const day = pick(allDays);
      const r = rnd();
      const minutes = r < 0.05 ? 23 * 60 + int(59) : r < 0.1 ? int(30) : 8 * 60 + int(9 * 60);
      const started = `${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00.000${person.offset}`;
      const seconds = (1 + int(16)) * 900;
      const comment = i % 5 === 0 ? `${pick(WORDS)} with ${pick(FIRST)} #${i}` : `Work ${i}`;
      const raw = `{"tempoWorklogId":${i},"issue":{"id":${issue.id}},"timeSpentSeconds":${seconds},"startDate":"${day}","author":{"accountId":"${person.accountId}"}}`;
      const known = issue.known ? issue : null;
      const epic = known?.epic ?? null;
      const values = [
        issue.project.instanceId, String(i), issue.id, known?.key ?? null, known?.summary ?? null, known ? 'Story' : null, known?.project.key ?? null, known?.project.name ?? null,
        epic?.key ?? null, epic?.summary ?? null, epic?.key ?? null, epic?.summary ?? null,
        person.accountId, person.name, day, started, seconds, comment, now, raw, now,
      ];
      // The search text the sync stores with every row (worklogs-repo).
      if (withSearch) values.push(searchText(known?.key ?? null, known?.summary ?? null, comment));
      ins.run(...values);
    }
    for (const ix of indexes) db.exec(ix.sql);
  });
  tx();
  // No ANALYZE: the app never runs it, so the planner must pick good plans without statistics.
  return { instanceIds, teamAccountIds: people.slice(0, o.teamPeople).map((p) => p.accountId), accountIds: people.map((p) => p.accountId) };
}
