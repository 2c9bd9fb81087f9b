import { afterEach, describe, expect, it } from 'vitest';
import { searchText } from '../../../shared/domain/explorer.js';
import type { SyncRunView, SyncSummary } from '../../../shared/domain/sync.js';
import type { WorklogView } from '../../../shared/domain/worklog.js';
import { issueOps } from '../../fakes/jira/jira-issue-mutations.js';
import type { FakeIssue, FakeWorld } from '../../fakes/world.js';
import type { SyncWorld } from './sync-world.js';
import { RANGE, expectedRows, startSyncWorld, storedRows } from './sync-world.js';

/**
 * A plain re-sync (not "Full refresh") brings issue details up to date — renamed issues and epics,
 * issues moved under another parent or epic, issues moved to another project — on both paths, on
 * real SQLite against the fake Jira + Tempo, at a bounded number of requests.
 */

let w: SyncWorld;
afterEach(async () => {
  await w.close();
});

const runOf = (s: SyncSummary, name: string): SyncRunView => {
  const r = s.runs.find((x) => x.instanceName === name);
  if (!r) throw new Error(`no run for ${name}`);
  return r;
};

/** Issue key → its project key and name, as the world has them now. */
function projectsOf(world: FakeWorld): Map<string, [string, string]> {
  const projects = new Map(world.projects.map((p) => [p.id, p]));
  return new Map(world.issues.map((i) => [i.key, [projects.get(i.projectId)?.key ?? '', projects.get(i.projectId)?.name ?? '']]));
}

/** Rows as stored, with the project the world says each issue belongs to (null when unknown). */
const projectPairs = (rows: WorklogView[], world: FakeWorld): Array<[string | null, string | null, string | null, string | null]> => {
  const want = projectsOf(world);
  return rows.map((r) => [r.projectKey, r.projectName, ...(want.get(r.issueKey ?? '') ?? [null, null])]);
};

const jiraRequestsSince = (n: number, instancePaths?: RegExp) => w.jira.requests.slice(n).filter((r) => (instancePaths ? instancePaths.test(r.path) : true));

describe('issue details refresh on every sync', () => {
  it('renames, re-parenting and project moves show after a plain re-sync, on both paths, at ⌈N/100⌉ extra requests', async () => {
    w = await startSyncWorld();
    const ids = [w.instances.jiraOnly.id, w.instances.withTempo.id];
    const sync = (): Promise<SyncSummary> => w.core.services.sync.run({ ...RANGE, instanceIds: ids });
    await sync();

    // Nothing changed: the Jira-only path reads its two change feeds and one search; the Tempo path adds one search to its Tempo pages.
    let before = w.jira.requests.length;
    const quiet = await sync();
    const quietJira = jiraRequestsSince(before);
    expect(runOf(quiet, 'jira-only').requests).toBeLessThanOrEqual(3);
    expect(runOf(quiet, 'jira-only').issuesRefreshed).toBe(0);
    expect(runOf(quiet, 'with-tempo').issuesRefreshed).toBe(0);
    expect(quietJira.filter((r) => r.path.endsWith('/search/jql')).map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(quietJira.filter((r) => /bulkfetch|user\/bulk/.test(r.path))).toEqual([]);
    expect(runOf(quiet, 'with-tempo').counts).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });

    // Pick issues the range's worklogs hang on.
    const stored = w.stored(w.instances.jiraOnly.id);
    const byKey = new Map(w.world.issues.map((i) => [i.key, i]));
    const byId = new Map(w.world.issues.map((i) => [i.id, i]));
    const loggedKeys = new Set(stored.map((r) => r.issueKey));
    const logged = w.world.issues.filter((i) => loggedKeys.has(i.key));
    const epicWithWork = byKey.get(stored.find((r) => r.epicKey !== null)?.epicKey ?? '') as FakeIssue;
    const otherEpic = w.world.issues.find((i) => i.type.hierarchyLevel === 1 && i.id !== epicWithWork.id && stored.some((r) => r.epicKey === i.key)) as FakeIssue;
    const story = logged.find((i) => i.type.hierarchyLevel === 0 && i.parentId !== otherEpic.id) as FakeIssue;
    const subtask = logged.find((i) => i.type.hierarchyLevel === -1 && byId.get(i.parentId ?? '')?.parentId !== otherEpic.id) as FakeIssue;
    const newParent = w.world.issues.find((i) => i.type.hierarchyLevel === 0 && i.parentId === otherEpic.id && loggedKeys.has(i.key)) as FakeIssue;
    const mover = logged.find((i) => i.type.hierarchyLevel === 0 && ![story.id, newParent.id].includes(i.id) && !w.world.issues.some((s) => s.parentId === i.id)) as FakeIssue;
    for (const [name, x] of Object.entries({ epicWithWork, otherEpic, story, subtask, newParent, mover })) expect(x, name).toBeDefined();

    const ops = issueOps(w.world);
    const target = ops.addProject('NEWP', 'Nouveau projet — Ærø ✓');
    ops.rename(epicWithWork.id, 'Epic renamed — Ünïcode ✓ 🚀');
    ops.rename(story.id, 'Story renamed — naïve café');
    ops.reparent(story.id, otherEpic.id);
    ops.reparent(subtask.id, newParent.id);
    const oldKey = mover.key;
    ops.moveToProject(mover.id, target.key);
    expect(mover.key).toBe('NEWP-1');

    before = w.jira.requests.length;
    const after = await sync();
    const afterJira = jiraRequestsSince(before);
    for (const name of ['jira-only', 'with-tempo']) {
      expect(runOf(after, name).status).toBe('ok');
      // The epic, the renamed + re-parented story, the re-parented sub-task and the moved issue.
      expect(runOf(after, name).issuesRefreshed).toBe(4);
    }
    // Per instance: one search and one bulkfetch (4 issues ≤ 100) more than the quiet re-sync, nothing else.
    expect(afterJira.filter((r) => r.path.endsWith('/search/jql'))).toHaveLength(2);
    expect(afterJira.filter((r) => r.path.endsWith('/issue/bulkfetch'))).toHaveLength(2);
    expect(runOf(after, 'jira-only').requests).toBeLessThanOrEqual(runOf(quiet, 'jira-only').requests + 1);
    expect(runOf(after, 'with-tempo').requests).toBeLessThanOrEqual(runOf(quiet, 'with-tempo').requests + 1);

    for (const [id, source] of [
      [w.instances.jiraOnly.id, 'jira'],
      [w.instances.withTempo.id, 'tempo'],
    ] as const) {
      const rows = w.stored(id);
      expect(storedRows(rows)).toEqual(expectedRows(w.world, source));
      for (const [have, haveName, want, wantName] of projectPairs(rows, w.world)) expect([have, haveName]).toEqual([want, wantName]);
      expect(rows.some((r) => r.issueKey === oldKey)).toBe(false);
      expect(rows.filter((r) => r.issueKey === 'NEWP-1').every((r) => r.projectName === 'Nouveau projet — Ærø ✓')).toBe(true);
      expect(rows.some((r) => r.epicName === 'Epic renamed — Ünïcode ✓ 🚀')).toBe(true);
      expect(rows.filter((r) => r.issueKey === subtask.key).every((r) => r.parentKey === newParent.key && r.epicKey === otherEpic.key)).toBe(true);
    }
    // The explorer's stored search text follows the new keys and names.
    const all = w.core.db.prepare('SELECT issue_key, issue_summary, comment, search FROM worklogs').all() as Array<{ issue_key: string | null; issue_summary: string | null; comment: string | null; search: string | null }>;
    expect(all.filter((r) => r.search !== searchText(r.issue_key, r.issue_summary, r.comment))).toEqual([]);
    expect(all.some((r) => r.issue_summary === 'Story renamed — naïve café' && r.search?.includes('cafe'))).toBe(true);
  });

  it('50 renamed issues cost one search and one bulkfetch per instance', async () => {
    w = await startSyncWorld({ issues: 160, worklogs: 700 });
    const ids = [w.instances.jiraOnly.id, w.instances.withTempo.id];
    const sync = (): Promise<SyncSummary> => w.core.services.sync.run({ ...RANGE, instanceIds: ids });
    await sync();
    let before = w.jira.requests.length;
    const quiet = await sync();
    const quietCount = jiraRequestsSince(before).length;
    const keys = [...new Set(w.stored(w.instances.jiraOnly.id).map((r) => r.issueKey))].slice(0, 50);
    expect(keys).toHaveLength(50);
    const ops = issueOps(w.world);
    for (const k of keys) ops.rename(k as string, `Renamed ${k} — Zoë ✓`);
    before = w.jira.requests.length;
    const after = await sync();
    const afterJira = jiraRequestsSince(before);
    for (const name of ['jira-only', 'with-tempo']) {
      expect(runOf(after, name).issuesRefreshed).toBe(50);
      expect(runOf(after, name).requests).toBe(runOf(quiet, name).requests + 1);
    }
    expect(runOf(quiet, 'jira-only').requests).toBeLessThanOrEqual(3);
    expect(afterJira.length).toBe(quietCount + 2);
    expect(storedRows(w.stored(w.instances.jiraOnly.id))).toEqual(expectedRows(w.world, 'jira'));
    expect(storedRows(w.stored(w.instances.withTempo.id))).toEqual(expectedRows(w.world, 'tempo'));
  });
});
