import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../../shared/domain/explorer.js';
import type { SyncSummary } from '../../../shared/domain/sync.js';
import { listRows } from '../../../main/core/explorer/explorer-rows.js';
import { listWorklogs } from '../../../main/core/worklogs/worklog-query.js';
import type { SyncWorld } from '../sync/sync-world.js';
import { RANGE, startSyncWorld } from '../sync/sync-world.js';
import { localDate, worldOps } from '../../fakes/world.js';

interface StoredText {
  source: string;
  source_id: string;
  issue_key: string | null;
  issue_summary: string | null;
  comment: string | null;
  search: string | null;
}

/**
 * The `search` column (migration 006) is written by the sync, not computed when searching: every
 * write path must keep it equal to the row's key, summary and comment — first syncs on the Tempo and
 * Jira paths, Jira's change feeds, re-syncs of changed comments and full refreshes that rename issues.
 * Checked against the stored columns folded here, independently of the app's searchText.
 */
describe('the stored search text follows every write path', () => {
  let w: SyncWorld;
  beforeAll(async () => {
    w = await startSyncWorld({ worklogs: 300, seed: 23 });
  }, 60_000);
  afterAll(async () => {
    await w?.close();
  });

  const stored = (): StoredText[] => w.core.db.prepare('SELECT source, source_id, issue_key, issue_summary, comment, search FROM worklogs').all() as StoredText[];
  /** Rows whose search text is not their own columns, folded and joined with U+0001. */
  const stale = (): StoredText[] =>
    stored().filter((r) => r.search !== [r.issue_key, r.issue_summary, r.comment].map((s) => foldText(s ?? '')).join('\u0001'));
  const sync = async (full = false): Promise<SyncSummary> => {
    const s = await w.core.services.sync.run({ ...RANGE, ...(full ? { full: true } : {}) });
    expect(s.ok).toBe(true);
    return s;
  };
  const found = (text: string) => listRows(w.core.db, { ...RANGE, text }, { limit: 1000 });

  it('Tempo and Jira syncs, change feeds and full refreshes keep it exact; searches follow a renamed issue', async () => {
    await sync();
    const sources = new Set(stored().map((r) => r.source));
    expect([...sources].sort()).toEqual(['jira', 'tempo']);
    expect(stale()).toEqual([]);

    // At the source: a comment edited, and an issue with worklogs on both sites renamed.
    const all = listWorklogs(w.core.db, RANGE);
    const edited = w.world.worklogs.find((x) => localDate(x) >= RANGE.from && localDate(x) <= RANGE.to) ?? null;
    if (!edited) throw new Error('fixture without worklogs in the range');
    worldOps(w.world).update(edited.id, { comment: 'Crème brûlée with Łukasz 🎉' });
    const issue = w.world.issues.find((i) => all.filter((x) => x.issueId === i.id).length >= 2);
    if (!issue) throw new Error('fixture without an issue with worklogs');
    const oldSummary = issue.summary;
    issue.summary = 'Zoë’s café — Łukasz 🚀 rollout';

    // Re-sync: the Jira instance reads its change feeds, the Tempo one its pages again.
    await sync();
    expect(stale()).toEqual([]);
    expect(found('creme brulee WITH lukasz 🎉').map((r) => [r.source, r.comment]).sort()).toEqual([
      ['jira', 'Crème brûlée with Łukasz 🎉'],
      ['tempo', 'Crème brûlée with Łukasz 🎉'],
    ]);
    // The issue cache still has the old summary: an incremental sync does not fetch known issues again.
    expect(found('zoe’s cafe — lukasz').length).toBe(0);

    // A full refresh fetches the issue again and rewrites its rows: found by its new name, not the old.
    await sync(true);
    expect(stale()).toEqual([]);
    const issueRows = listWorklogs(w.core.db, RANGE).filter((x) => x.issueId === issue.id);
    expect(issueRows.length).toBeGreaterThanOrEqual(2);
    expect(issueRows.every((x) => x.issueSummary === issue.summary)).toBe(true);
    for (const text of ['ZOE’S CAFE', 'Zoë’s café — Łukasz 🚀', 'lukasz 🚀 rollout']) {
      expect(found(text).map((r) => `${r.instanceId}/${r.sourceId}`).sort(), text).toEqual(issueRows.map((x) => `${x.instanceId}/${x.sourceId}`).sort());
    }
    expect(found(oldSummary).filter((r) => r.issueId === issue.id)).toEqual([]);
  }, 60_000);
});
