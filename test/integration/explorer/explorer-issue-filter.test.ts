import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerFilter, ExplorerGroup } from '../../../shared/domain/explorer.js';
import { runExplorerQuery } from '../../../main/core/explorer/explorer-query.js';
import { countRows, listRows } from '../../../main/core/explorer/explorer-rows.js';
import type { Db } from '../../../main/core/store/open-database.js';
import { openDatabase } from '../../../main/core/store/open-database.js';
import type { WorklogRow } from '../../../main/core/worklogs/worklogs-repo.js';
import { worklogsRepo } from '../../../main/core/worklogs/worklogs-repo.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

const MONTH = { from: '2026-11-01', to: '2026-11-30' };

/**
 * The exact issue filter that expanding an issue group uses, on rows written by the sync's own
 * upsert: keys that are prefixes of others (CORE-1 / CORE-12), the same key on two sites, an issue
 * Jira did not name ("#777"), and an issue moved to another project whose older rows keep its old key.
 */
describe('issueKeys: an issue group expands to exactly its worklogs', () => {
  const tmp = makeTempDir('wd-issue-filter-');
  let db: Db;
  let n = 0;
  const write = (instanceId: string, issueId: string, issueKey: string | null, comment: string | null, over: Partial<WorklogRow> = {}): void => {
    n++;
    worklogsRepo(db).upsert({
      instance_id: instanceId,
      source: 'jira',
      source_id: String(n),
      issue_id: issueId,
      issue_key: issueKey,
      issue_summary: issueKey ? `Summary of ${issueKey}` : null,
      issue_type: issueKey ? 'Task' : null,
      project_key: issueKey ? (issueKey.split('-')[0] as string) : null,
      project_name: null,
      parent_key: null,
      parent_summary: null,
      epic_key: null,
      epic_summary: null,
      author_account_id: `acc-${n % 3}`,
      author_name: ['Zoë', 'Łukasz', 'Ada 🚀'][n % 3] as string,
      local_date: `2026-11-${String(1 + (n % 28)).padStart(2, '0')}`,
      day_from_reader_zone: 0,
      started: `2026-11-${String(1 + (n % 28)).padStart(2, '0')}T09:00:00.000+0100`,
      seconds: 900 * n,
      comment,
      source_updated: null,
      raw: '{}',
      synced_at: 'now',
      ...over,
    });
  };

  beforeAll(() => {
    db = openDatabase(tmp.dir);
    const site = db.prepare("INSERT INTO instances (id, name, url, email, tempo_base_url, tempo_enabled, created_at, updated_at) VALUES (?, ?, ?, 'e@x', 'https://api.tempo.io', 0, 'now', 'now')");
    site.run('i1', 'alpha', 'https://alpha.atlassian.net');
    site.run('i2', 'beta', 'https://beta.atlassian.net');
    write('i1', '101', 'CORE-1', 'first');
    write('i1', '101', 'CORE-1', null);
    write('i1', '112', 'CORE-12', 'follow-up of CORE-1');
    write('i1', '112', 'CORE-12', 'more');
    write('i1', '777', null, 'Jira did not return this issue');
    write('i2', '501', 'CORE-1', 'the other site');
    // Issue 130 was CORE-13 and moved to OPS-4: a re-sync of another range wrote the new key.
    write('i1', '130', 'CORE-13', 'before the move');
    write('i1', '130', 'OPS-4', 'after the move');
  });
  afterAll(() => {
    db.close();
    tmp.cleanup();
  });

  const issueGroups = (f: ExplorerFilter = MONTH): ExplorerGroup[] => runExplorerQuery(db, { ...f, groupBy: 'issue' }).groups;
  const group = (instanceId: string, key: string): ExplorerGroup => {
    const g = issueGroups().find((x) => x.instanceId === instanceId && x.key === key);
    if (!g) throw new Error(`no group ${instanceId}/${key}`);
    return g;
  };
  const expand = (g: ExplorerGroup, base: ExplorerFilter = MONTH) => listRows(db, { ...base, instanceIds: [g.instanceId as string], issueKeys: [g.key as string] }, { limit: 1000 });

  it('groups issues by their key per site, "#<id>" when Jira did not name them', () => {
    expect(issueGroups().map((g) => [g.instanceId, g.key, g.count]).sort()).toEqual([
      ['i1', '#777', 1],
      ['i1', 'CORE-1', 2],
      ['i1', 'CORE-12', 2],
      ['i1', 'CORE-13', 1],
      ['i1', 'OPS-4', 1],
      ['i2', 'CORE-1', 1],
    ]);
  });

  it('CORE-1 expands to its own two worklogs: not CORE-12, not a comment mentioning it, not the other site', () => {
    const rows = expand(group('i1', 'CORE-1'));
    expect(rows.map((r) => [r.instanceId, r.issueKey, r.comment])).toEqual([
      ['i1', 'CORE-1', 'first'],
      ['i1', 'CORE-1', null],
    ]);
    // What the text search (the former way to expand) would have brought.
    expect(countRows(db, { ...MONTH, instanceIds: ['i1'], text: 'CORE-1' })).toBe(5);
  });

  it('every group, keyless and moved issues included, expands to exactly its count, also with other filters on', () => {
    for (const base of [MONTH, { ...MONTH, authorAccountIds: ['acc-1', 'acc-2'] }, { ...MONTH, text: 'the' }, { from: '2026-11-03', to: '2026-11-06' }] as ExplorerFilter[]) {
      for (const g of issueGroups(base)) {
        const rows = expand(g, base);
        expect(rows, `${g.instanceId}/${g.key} ${JSON.stringify(base)}`).toHaveLength(g.count);
        expect(rows.every((r) => r.instanceId === g.instanceId && (r.issueKey ?? `#${r.issueId}`) === g.key)).toBe(true);
      }
    }
    expect(expand(group('i1', '#777')).map((r) => r.comment)).toEqual(['Jira did not return this issue']);
    expect(expand(group('i1', 'OPS-4')).map((r) => r.comment)).toEqual(['after the move']);
  });

  it('without an instance, a key selects that key on every site; several keys combine', () => {
    expect(countRows(db, { ...MONTH, issueKeys: ['CORE-1'] })).toBe(3);
    expect(countRows(db, { ...MONTH, issueKeys: ['CORE-12', '#777'] })).toBe(3);
    expect(countRows(db, { ...MONTH, issueKeys: ['#101'] })).toBe(0); // a named issue is selected by its key
    expect(countRows(db, { ...MONTH, issueKeys: ['core-1'] })).toBe(0); // exact, not case-folded like text
  });
});
