import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_BY } from '../../../shared/domain/explorer.js';
import { runExplorerQuery } from '../../../main/core/explorer/explorer-query.js';
import { listRows } from '../../../main/core/explorer/explorer-rows.js';
import { teamService } from '../../../main/core/team/team-service.js';
import { listWorklogs } from '../../../main/core/worklogs/worklog-query.js';
import type { SyncWorld } from '../sync/sync-world.js';
import { RANGE, startSyncWorld } from '../sync/sync-world.js';
import { jiraStarted, localDate } from '../../fakes/world.js';
import { filterInJs, groupInJs, sortForCompare } from './recompute.js';

/** A generated world synced through both paths (Jira, Tempo) into a real database, then explored. */
describe('explorer over a synced world', () => {
  let w: SyncWorld;
  beforeAll(async () => {
    w = await startSyncWorld({ worklogs: 600, seed: 11 });
    // Worklogs right at the range edges and at either side of midnight in Auckland (+1300 in
    // November, daylight saving) and Los Angeles (-0800 after its clocks went back on 1 November).
    const east = w.world.users.find((u) => u.timeZone === 'Pacific/Auckland' && !u.zoneHidden);
    const west = w.world.users.find((u) => u.timeZone === 'America/Los_Angeles' && !u.zoneHidden);
    if (!east || !west) throw new Error('world without Auckland / Los Angeles users');
    const issueId = w.world.issues.find((i) => i.type.hierarchyLevel === 0)?.id as string;
    const add = (authorAccountId: string, started: string, id: number): void => {
      w.world.worklogs.push({ id: String(900000 + id), tempoId: 990000 + id, issueId, authorAccountId, started, timeSpentSeconds: 600 + id, comment: `boundary-mark ${id}`, created: Date.now(), updated: Date.now() });
    };
    add(east.accountId, jiraStarted(RANGE.from, 0, east.timeZone), 1); // 2026-10-31T12:00+0100 in Berlin, still the 1st for its author
    add(west.accountId, jiraStarted(RANGE.to, 23 * 60 + 59, west.timeZone), 2); // 2026-12-01T08:59+0100 in Berlin, still the 30th for its author
    add(east.accountId, jiraStarted('2026-10-31', 23 * 60 + 59, east.timeZone), 3); // outside: the author's day before
    add(west.accountId, jiraStarted('2026-12-01', 0, west.timeZone), 4); // outside: the author's day after
    await w.core.services.sync.run({ ...RANGE });
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  it('groups and totals equal the recomputation from listWorklogs, for both instances and every grouping', () => {
    const all = listWorklogs(w.core.db, RANGE);
    expect(all.length).toBeGreaterThan(500);
    for (const f of [{ ...RANGE }, { ...RANGE, instanceIds: [w.instances.withTempo.id] }, { ...RANGE, text: 'ZOE' }, { from: '2026-11-10', to: '2026-11-12' }]) {
      for (const groupBy of GROUP_BY) {
        const got = runExplorerQuery(w.core.db, { ...f, groupBy });
        const want = groupInJs(filterInJs(all, f, new Set()), groupBy);
        expect(sortForCompare(got.groups)).toEqual(want.groups);
        expect(got.totals).toEqual(want.totals);
      }
    }
  });

  it('includes both range edges and puts near-midnight worklogs on their local date', () => {
    const days = runExplorerQuery(w.core.db, { ...RANGE, groupBy: 'day', instanceIds: [w.instances.withTempo.id] }).groups;
    const expected = new Map<string, number>();
    for (const x of w.world.worklogs) {
      const d = localDate(x);
      if (d >= RANGE.from && d <= RANGE.to) expected.set(d, (expected.get(d) ?? 0) + x.timeSpentSeconds);
    }
    expect(Object.fromEntries(days.map((g) => [g.key, g.seconds]))).toEqual(Object.fromEntries([...expected].sort()));
    const rows = listRows(w.core.db, { ...RANGE, text: 'BOUNDARY-MARK' }, { limit: 50 });
    expect(rows.map((r) => [r.comment, r.date]).sort()).toEqual([
      ['boundary-mark 1', RANGE.from],
      ['boundary-mark 1', RANGE.from],
      ['boundary-mark 2', RANGE.to],
      ['boundary-mark 2', RANGE.to],
    ]);
    const justOutside = runExplorerQuery(w.core.db, { from: '2026-12-01', to: '2026-12-01', groupBy: 'day' });
    expect(justOutside.totals.count).toBe(0); // not synced: outside the range by its author's day, whatever the reader's day
  });

  it('finds text case- and accent-insensitively, over issue key, summary and comment', () => {
    const all = listWorklogs(w.core.db, RANGE);
    const count = (text: string): number => runExplorerQuery(w.core.db, { ...RANGE, groupBy: 'person', text }).totals.count;
    const withZoe = all.filter((x) => x.comment?.includes('Zoë')).length;
    expect(withZoe).toBeGreaterThan(0);
    expect(count('zoe')).toBe(withZoe);
    expect(count('ZOË')).toBe(withZoe);
    expect(count('NAIVE')).toBe(all.filter((x) => x.issueSummary?.includes('naïve')).length);
    const key = all[0]?.issueKey as string;
    expect(count(key.toLowerCase())).toBeGreaterThanOrEqual(all.filter((x) => x.issueKey === key).length);
    expect(count('%')).toBe(0); // no LIKE wildcards
  });

  it('teamOnly keeps only the members of "my team", whose names label the people', () => {
    const team = teamService(w.core.db);
    const [a, b] = w.world.users;
    team.add({ accountId: a?.accountId as string });
    team.add({ accountId: b?.accountId as string, displayName: 'Bee', dailySeconds: 27000, workingWeekdays: [1, 2, 3, 4] });
    expect(team.list().map((m) => m.displayName).sort()).toEqual(['Bee', a?.displayName].sort());
    const groups = runExplorerQuery(w.core.db, { ...RANGE, groupBy: 'person', teamOnly: true }).groups;
    expect(groups.map((g) => g.key).sort()).toEqual([a?.accountId, b?.accountId].sort());
    const all = listWorklogs(w.core.db, RANGE);
    expect(groups.reduce((s, g) => s + g.count, 0)).toBe(all.filter((x) => x.authorAccountId === a?.accountId || x.authorAccountId === b?.accountId).length);
  });
});
