import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerFilter } from '../../../shared/domain/explorer.js';
import { GROUP_BY, explorerQuerySchema } from '../../../shared/domain/explorer.js';
import { runExplorerQuery, sortGroups } from '../../../main/core/explorer/explorer-query.js';
import { countRows, listRows } from '../../../main/core/explorer/explorer-rows.js';
import { explorerFacets } from '../../../main/core/explorer/facets.js';
import type { Db } from '../../../main/core/store/open-database.js';
import { openDatabase } from '../../../main/core/store/open-database.js';
import { listWorklogs } from '../../../main/core/worklogs/worklog-query.js';
import { fillDbWorld } from '../../../scripts/bench/bench-db-world.js';
import { mulberry32 } from '../../fakes/faults.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { filterInJs, groupInJs, sortForCompare } from './recompute.js';

/**
 * Every grouping's groups and totals equal a plain JS recomputation over listWorklogs output, for
 * random filters on generated databases of several seeds (direct inserts: 3 instances, team and
 * non-team people, epics and no-epic issues, accented texts, near-midnight times).
 */
describe.each([1, 2, 3])('explorer groups on a generated database (seed %i)', (seed) => {
  const tmp = makeTempDir('wd-explorer-');
  let db: Db;
  let team: Set<string>;
  let instanceIds: string[];
  let all: ReturnType<typeof listWorklogs>;
  const range = { from: '2025-01-01', to: '2025-12-31' };

  beforeAll(() => {
    db = openDatabase(tmp.dir);
    const world = fillDbWorld(db, { seed, worklogs: 6000, teamPeople: 6, otherPeople: 10, projects: 7, epics: 15, issues: 400, ...range });
    team = new Set(world.teamAccountIds);
    instanceIds = world.instanceIds;
    all = listWorklogs(db, range);
  });
  afterAll(() => {
    db.close();
    tmp.cleanup();
  });

  const randomFilter = (rnd: () => number): ExplorerFilter => {
    const pickSome = <T>(xs: readonly T[], p: number): T[] => xs.filter(() => rnd() < p);
    const a = 1 + Math.floor(rnd() * 360);
    const b = Math.min(364, a + Math.floor(rnd() * 90));
    const day = (n: number): string => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
    const projects = [...new Set(all.map((w) => w.projectKey).filter((k): k is string => k !== null))];
    const epics = [...new Set(all.map((w) => w.epicKey))];
    const authors = [...new Set(all.map((w) => w.authorAccountId))];
    const f: ExplorerFilter = { from: day(a), to: day(b) };
    if (rnd() < 0.3) f.instanceIds = pickSome(instanceIds, 0.5);
    if (rnd() < 0.3) f.projectKeys = pickSome(projects, 0.3);
    if (rnd() < 0.3) f.epicKeys = pickSome(epics, 0.3);
    if (rnd() < 0.3) f.authorAccountIds = pickSome(authors, 0.4);
    if (rnd() < 0.3) f.teamOnly = true;
    if (rnd() < 0.15) f.issueKeys = pickSome([...new Set(all.map((w) => w.issueKey ?? `#${w.issueId}`))], 0.05);
    if (rnd() < 0.3) f.text = ['CAFE', 'zoe', 'Naïve', 'Résumé', 'work 1', 'über'][Math.floor(rnd() * 6)] as string;
    return f;
  };

  it('groups and totals equal a straightforward recomputation, for every grouping and 25 random filters', () => {
    const rnd = mulberry32(seed * 1000);
    for (let i = 0; i < 25; i++) {
      const f = randomFilter(rnd);
      const expected = filterInJs(all, f, team);
      for (const groupBy of GROUP_BY) {
        const q = explorerQuerySchema.parse({ ...f, groupBy });
        const got = runExplorerQuery(db, q);
        const want = groupInJs(expected, groupBy);
        expect(sortForCompare(got.groups), `${groupBy} ${JSON.stringify(f)}`).toEqual(want.groups);
        expect(got.totals).toEqual(want.totals);
        expect(countRows(db, f)).toBe(expected.length);
      }
    }
  });

  it('sorts biggest first by default, days in date order, and by label or count on request', () => {
    const byPerson = runExplorerQuery(db, { ...range, groupBy: 'person' }).groups;
    expect(byPerson.map((g) => g.seconds)).toEqual([...byPerson.map((g) => g.seconds)].sort((a, b) => b - a));
    const byDay = runExplorerQuery(db, { ...range, groupBy: 'day' }).groups;
    expect(byDay.map((g) => g.key)).toEqual([...byDay.map((g) => g.key)].sort());
    // Equal hours: by label, ASCII case folded, then character codes (SQLite's NOCASE order).
    const nocase = (s: string): Buffer => Buffer.from(s.replace(/[A-Z]/g, (c) => c.toLowerCase()));
    const byIssue = runExplorerQuery(db, { from: '2025-03-01', to: '2025-03-31', groupBy: 'issue' }).groups;
    const ties = byIssue.slice(1).filter((g, i) => g.seconds === byIssue[i]?.seconds);
    expect(ties.length).toBeGreaterThan(10);
    byIssue.slice(1).forEach((g, i) => {
      const prev = byIssue[i] as (typeof byIssue)[number];
      expect(g.seconds).toBeLessThanOrEqual(prev.seconds);
      if (g.seconds === prev.seconds) expect(Buffer.compare(nocase(prev.label), nocase(g.label)), `${prev.label} / ${g.label}`).toBeLessThanOrEqual(0);
    });
    const byLabel = runExplorerQuery(db, { from: '2025-03-01', to: '2025-03-31', groupBy: 'issue', sort: { by: 'label', dir: 'asc' } }).groups.map((g) => g.label);
    expect(byLabel).toEqual([...byLabel].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));
    const byCount = runExplorerQuery(db, { ...range, groupBy: 'epic', sort: { by: 'count', dir: 'asc' } }).groups;
    expect(byCount.map((g) => g.count)).toEqual([...byCount.map((g) => g.count)].sort((a, b) => a - b));
    expect(sortGroups([{ key: 'b', label: 'Émile', seconds: 1, count: 1, people: 1, instanceId: null }, { key: 'a', label: 'Zoë', seconds: 1, count: 1, people: 1, instanceId: null }], { by: 'label', dir: 'asc' }, 'person').map((g) => g.label)).toEqual(['Émile', 'Zoë']);
  });

  it('"no epic" is one group with key null, and epicKeys [null] selects exactly those worklogs', () => {
    const groups = runExplorerQuery(db, { ...range, groupBy: 'epic' }).groups;
    const none = groups.filter((g) => g.key === null);
    expect(none).toHaveLength(1);
    expect(none[0]).toMatchObject({ label: 'No epic', instanceId: null });
    const only = runExplorerQuery(db, { ...range, groupBy: 'epic', epicKeys: [null] });
    expect(only.groups).toEqual([none[0]]);
    expect(only.totals.count).toBe(all.filter((w) => w.epicKey === null).length);
  });

  it("an issue group's key and instance select exactly its worklogs (issueKeys), issues without a key included", () => {
    const f: ExplorerFilter = { from: '2025-02-01', to: '2025-05-31', teamOnly: true };
    const groups = runExplorerQuery(db, { ...f, groupBy: 'issue' }).groups;
    expect(groups.filter((g) => g.key?.startsWith('#')).length, 'the world has issues Jira did not name').toBeGreaterThan(0);
    for (const g of groups) {
      const exact: ExplorerFilter = { ...f, instanceIds: [g.instanceId as string], issueKeys: [g.key as string] };
      const rows = listRows(db, exact, { limit: 1000 });
      expect(rows.length, g.key ?? '').toBe(g.count);
      expect(rows.every((r) => (r.issueKey ?? `#${r.issueId}`) === g.key && r.instanceId === g.instanceId)).toBe(true);
      expect(runExplorerQuery(db, { ...exact, groupBy: 'issue' }).groups).toEqual([g]);
    }
  });

  it('pages rows without gaps or repeats, in the requested order', () => {
    const f: ExplorerFilter = { from: '2025-03-01', to: '2025-04-30', teamOnly: true };
    const expected = filterInJs(all, f, team);
    const sorts = [
      { by: 'date', dir: 'asc' },
      { by: 'seconds', dir: 'desc' },
      { by: 'author', dir: 'asc' },
      { by: 'issue', dir: 'desc' },
      { by: 'project', dir: 'asc' },
      { by: 'epic', dir: 'desc' },
    ] as const;
    for (const sort of sorts) {
      const pages = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((p) => listRows(db, f, { offset: p * 97, limit: 97, sort }));
      expect(pages.map((w) => `${w.instanceId}/${w.sourceId}`).sort()).toEqual(expected.map((w) => `${w.instanceId}/${w.sourceId}`).sort());
      if (sort.by === 'seconds') expect(pages.map((w) => w.seconds)).toEqual([...pages.map((w) => w.seconds)].sort((a, b) => b - a));
      if (sort.by === 'date') expect(pages.map((w) => w.date)).toEqual([...pages.map((w) => w.date)].sort());
      if (sort.by === 'author') {
        // SQLite's NOCASE: ASCII letters folded, then UTF-8 byte order.
        const names = pages.map((w) => Buffer.from((w.authorName ?? '').replace(/[A-Z]/g, (c) => c.toLowerCase())));
        expect(names).toEqual([...names].sort(Buffer.compare));
      }
    }
  });

  it('facets list what occurs in the range, team members first', () => {
    const f = { from: '2025-05-01', to: '2025-05-31' };
    const facets = explorerFacets(db, f);
    const rows = filterInJs(all, f, team);
    expect(facets.instances.map((x) => x.key).sort()).toEqual([...new Set(rows.map((w) => w.instanceId))].sort());
    expect(facets.projects.reduce((s, x) => s + x.count, 0)).toBe(rows.length);
    expect(facets.epics.reduce((s, x) => s + x.count, 0)).toBe(rows.length);
    expect(facets.authors.map((a) => a.key).sort()).toEqual([...new Set(rows.map((w) => w.authorAccountId))].sort());
    const firstOther = facets.authors.findIndex((a) => !a.team);
    expect(facets.authors.slice(firstOther).every((a) => !a.team)).toBe(true);
    expect(facets.authors.filter((a) => a.team).every((a) => team.has(a.key as string))).toBe(true);
  });
});
