import { afterEach, describe, expect, it } from 'vitest';
import { listWorklogs } from '../../../main/core/worklogs/worklog-query.js';
import { issueOps } from '../../fakes/jira/jira-issue-mutations.js';
import type { FakeWorklog } from '../../fakes/world.js';
import { jiraStarted, localDate, worldOps } from '../../fakes/world.js';
import type { SyncWorld } from './sync-world.js';
import { expectedRows, startSyncWorld, storedRows } from './sync-world.js';

/**
 * Two ranges synced separately that overlap (1–31 Oct and 15 Oct–15 Nov). Then, in the source,
 * worklogs move across both ranges' edges, some are deleted, some added, issues renamed; after
 * re-syncing both ranges (plain re-syncs, in either order) every stored worklog of 1 Oct–15 Nov
 * equals the source — on the Jira path (change feeds) and the Tempo path (window re-read).
 */

const OCT = { from: '2026-10-01', to: '2026-10-31' };
const LATE = { from: '2026-10-15', to: '2026-11-15' };
const BOTH = { from: '2026-10-01', to: '2026-11-15' };

let w: SyncWorld;
afterEach(async () => {
  await w.close();
});

const zoneOf = (accountId: string): string => {
  const user = w.world.users.find((u) => u.accountId === accountId);
  if (!user) throw new Error(`no user ${accountId}`);
  return user.timeZone;
};
/** The same wall-clock time on another day, with the offset the author's zone has that day (DST). */
const moveTo = (wl: FakeWorklog, date: string): string => {
  const minutes = Number(wl.started.slice(11, 13)) * 60 + Number(wl.started.slice(14, 16));
  return jiraStarted(date, minutes, zoneOf(wl.authorAccountId));
};

function mutate(ops: ReturnType<typeof worldOps>, tag: string): void {
  const on = (date: string): FakeWorklog => {
    const found = w.world.worklogs.find((x) => localDate(x) === date && !x.comment.startsWith('moved'));
    if (!found) throw new Error(`no worklog on ${date}`);
    return found;
  };
  const moves: Array<[string, string]> = [
    ['2026-10-30', '2026-11-02'], // out of October, still in the late range
    ['2026-10-14', '2026-10-16'], // into the overlap across the late range's start
    ['2026-10-16', '2026-10-13'], // out of the late range, still in October
    ['2026-11-14', '2026-11-17'], // out of both
    ['2026-10-02', '2026-09-29'], // out of both, before
    ['2026-11-16', '2026-11-15'], // into the late range from after it
    ['2026-10-01', '2026-11-15'], // from one end to the other
  ];
  for (const [from, to] of moves) {
    const wl = on(from);
    ops.update(wl.id, { started: moveTo(wl, to), comment: `moved ${tag} ${from} → ${to}` });
  }
  for (const date of ['2026-10-20', '2026-10-31', '2026-10-15', '2026-11-15', '2026-10-01']) ops.remove(on(date).id);
  const template = w.world.worklogs[0] as FakeWorklog;
  for (const date of ['2026-10-15', '2026-10-31', '2026-11-01', '2026-10-14', '2026-11-15']) {
    ops.add({ issueId: template.issueId, authorAccountId: template.authorAccountId, started: jiraStarted(date, 23 * 60 + 30, zoneOf(template.authorAccountId)), timeSpentSeconds: 1800, comment: `added ${tag} — Zoë ✓` });
  }
  const issues = issueOps(w.world);
  const logged = w.world.issues.filter((i) => i.type.hierarchyLevel === 0 && w.world.worklogs.some((x) => x.issueId === i.id && localDate(x) >= BOTH.from && localDate(x) <= BOTH.to));
  for (const i of logged.slice(0, 3)) issues.rename(i.id, `${i.summary} (${tag}) — renamed ✓`);
  const epic = w.world.issues.find((i) => i.type.hierarchyLevel === 1);
  if (epic) issues.rename(epic.id, `Epic ${tag} — Ærø`);
}

function expectConsistent(): void {
  for (const [id, source] of [
    [w.instances.jiraOnly.id, 'jira'],
    [w.instances.withTempo.id, 'tempo'],
  ] as const) {
    const stored = listWorklogs(w.core.db, { ...BOTH, instanceIds: [id] });
    expect(storedRows(stored), `${source} path`).toEqual(expectedRows(w.world, source, BOTH));
  }
}

describe('overlapping ranges stay consistent', () => {
  it('after moves across both edges, deletes, adds and renames, re-syncing both ranges in either order equals the source', async () => {
    w = await startSyncWorld({ worldFrom: '2026-09-26', worldTo: '2026-11-19', worklogs: 900, issues: 120 });
    const sync = (range: { from: string; to: string }) => w.core.services.sync.run({ ...range, instanceIds: [w.instances.jiraOnly.id, w.instances.withTempo.id] });
    for (const s of [await sync(OCT), await sync(LATE)]) expect(s.ok).toBe(true);
    expectConsistent();

    // One worldOps for the whole test: it hands out new worklog ids.
    const ops = worldOps(w.world);
    mutate(ops, 'first');
    // October first, then the late range.
    for (const s of [await sync(OCT), await sync(LATE)]) {
      expect(s.ok).toBe(true);
      // Re-syncs, not full passes: the Jira-only path read the change feeds.
      expect(s.runs.find((r) => r.instanceName === 'jira-only')?.requests).toBeLessThan(10);
    }
    expectConsistent();

    mutate(ops, 'second');
    // The late range first, then October.
    for (const s of [await sync(LATE), await sync(OCT)]) expect(s.ok).toBe(true);
    expectConsistent();
  });
});
