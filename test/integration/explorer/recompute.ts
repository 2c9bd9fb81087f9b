import type { ExplorerFilter, ExplorerGroup, ExplorerTotals, GroupBy } from '../../../shared/domain/explorer.js';
import { foldText } from '../../../shared/domain/explorer.js';
import type { WorklogView } from '../../../shared/domain/worklog.js';

/** The explorer's filters applied the plain way, in JS, to listWorklogs output. */
export function filterInJs(rows: readonly WorklogView[], f: ExplorerFilter, team: ReadonlySet<string>): WorklogView[] {
  const needle = f.text?.trim() ? foldText(f.text.trim()) : '';
  return rows.filter(
    (w) =>
      w.date >= f.from &&
      w.date <= f.to &&
      (!f.instanceIds?.length || f.instanceIds.includes(w.instanceId)) &&
      (!f.projectKeys?.length || (w.projectKey !== null && f.projectKeys.includes(w.projectKey))) &&
      (!f.epicKeys?.length || f.epicKeys.includes(w.epicKey)) &&
      (!f.authorAccountIds?.length || f.authorAccountIds.includes(w.authorAccountId)) &&
      (!f.issueKeys?.length || f.issueKeys.includes(w.issueKey ?? `#${w.issueId}`)) &&
      (!f.teamOnly || team.has(w.authorAccountId)) &&
      (needle === '' || [w.issueKey, w.issueSummary, w.comment].some((s) => s !== null && foldText(s).includes(needle))),
  );
}

/** Straightforward grouping: a Map per key, summed row by row. Returned sorted by (instance, key) for comparison. */
export function groupInJs(rows: readonly WorklogView[], by: GroupBy): { groups: ExplorerGroup[]; totals: ExplorerTotals } {
  const keyOf = (w: WorklogView): { instanceId: string | null; key: string | null; label: string } => {
    switch (by) {
      case 'person':
        return { instanceId: null, key: w.authorAccountId, label: w.authorName ?? w.authorAccountId };
      case 'epic':
        return w.epicKey === null ? { instanceId: null, key: null, label: 'No epic' } : { instanceId: w.instanceId, key: w.epicKey, label: w.epicName ?? w.epicKey };
      case 'project':
        return w.projectKey === null ? { instanceId: null, key: null, label: 'No project' } : { instanceId: w.instanceId, key: w.projectKey, label: w.projectName ?? w.projectKey };
      case 'issue': {
        const key = w.issueKey ?? `#${w.issueId}`;
        return { instanceId: w.instanceId, key, label: w.issueSummary ?? key };
      }
      case 'day':
        return { instanceId: null, key: w.date, label: w.date };
    }
  };
  const map = new Map<string, ExplorerGroup & { authors: Set<string> }>();
  for (const w of rows) {
    const k = keyOf(w);
    // Issues by what the user sees: their key (or "#id"), within their instance.
    const id = JSON.stringify([k.instanceId, k.key]);
    const g = map.get(id) ?? { ...k, seconds: 0, count: 0, people: 0, authors: new Set<string>() };
    g.seconds += w.seconds;
    g.count += 1;
    g.authors.add(w.authorAccountId);
    g.people = g.authors.size;
    map.set(id, g);
  }
  const groups = [...map.values()].map(({ authors: _authors, ...g }) => g);
  return {
    groups: sortForCompare(groups),
    totals: { seconds: rows.reduce((s, w) => s + w.seconds, 0), count: rows.length, people: new Set(rows.map((w) => w.authorAccountId)).size },
  };
}

export const sortForCompare = (groups: ExplorerGroup[]): ExplorerGroup[] =>
  [...groups].sort((a, b) => `${a.instanceId ?? ''}\u0000${a.key ?? ''}`.localeCompare(`${b.instanceId ?? ''}\u0000${b.key ?? ''}`));
