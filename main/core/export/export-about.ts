import type { ExplorerTotals, RowSort, SortDir } from '../../../shared/domain/explorer.js';
import type { ExplorerExportInput } from '../../../shared/domain/export.js';
import { WORKLOG_COLUMN_LABELS } from '../../../shared/domain/export.js';
import type { Db } from '../store/open-database.js';
import type { ExportCell } from './export-cells.js';
import { GROUP_HEADINGS, text } from './export-cells.js';

const SORT_WORDS: Record<RowSort, [label: string, asc: string, desc: string]> = {
  date: ['Date', 'oldest first', 'newest first'],
  seconds: ['Hours', 'fewest first', 'most first'],
  author: ['Author', 'A to Z', 'Z to A'],
  issue: ['Issue', 'A to Z', 'Z to A'],
  project: ['Project', 'A to Z', 'Z to A'],
  epic: ['Epic', 'A to Z', 'Z to A'],
};

export function sortWords(sort: { by: RowSort; dir: SortDir }): string {
  const [label, asc, desc] = SORT_WORDS[sort.by];
  return `${label}, ${sort.dir === 'asc' ? asc : desc}`;
}

const pad = (n: number): string => String(Math.abs(n)).padStart(2, '0');

/** "2026-11-30 14:05 (UTC+01:00)": the exporting machine's local time, with its offset so it is unambiguous. */
export function localStamp(d: Date): string {
  const offset = -d.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${day} ${pad(d.getHours())}:${pad(d.getMinutes())} (UTC${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)})`;
}

/** People filters hold account ids: show the names the worklogs (or "my team") know them by. */
function personNames(db: Db, accountIds: readonly string[]): string[] {
  const fromWorklogs = db.prepare<[string], { name: string }>('SELECT author_name AS name FROM worklogs WHERE author_account_id = ? AND author_name IS NOT NULL LIMIT 1');
  const fromTeam = db.prepare<[string], { name: string }>('SELECT display_name AS name FROM team_members WHERE account_id = ?');
  return accountIds.map((id) => fromWorklogs.get(id)?.name ?? fromTeam.get(id)?.name ?? id);
}

const all = (xs: readonly string[] | undefined, words: (xs: readonly string[]) => string[] = (x) => [...x]): string => (xs?.length ? words(xs).join(', ') : 'All');

/** The "About" sheet: what the file holds and how it was cut, so a file forwarded weeks later still explains itself. */
export function describeExport(db: Db, input: ExplorerExportInput, totals: ExplorerTotals, now: Date, instanceNames: ReadonlyMap<string, string>): Array<[string, ExportCell]> {
  const { query: q, groupBy, sort, columns } = input;
  return [
    ['Exported', text(localStamp(now))],
    ['Range', text(q.from === q.to ? q.from : `${q.from} to ${q.to}`)],
    ['Grouped by', text(groupBy === 'none' ? 'Not grouped' : GROUP_HEADINGS[groupBy])],
    ['Sorted by', text(sortWords(sort))],
    ['Instances', text(all(q.instanceIds, (ids) => ids.map((id) => instanceNames.get(id) ?? id)))],
    ['Projects', text(all(q.projectKeys))],
    ['Epics', text(q.epicKeys?.length ? q.epicKeys.map((k) => k ?? 'No epic').join(', ') : 'All')],
    ['People', text(all(q.authorAccountIds, (ids) => personNames(db, ids)))],
    ['My team only', text(q.teamOnly ? 'Yes' : 'No')],
    ['Search', text(q.text?.trim() ? q.text.trim() : '—')],
    ['Columns', text(columns.map((c) => WORKLOG_COLUMN_LABELS[c]).join(', '))],
    ['Worklogs', { kind: 'count', value: totals.count }],
    ['Hours', { kind: 'hours', seconds: totals.seconds }],
    ['People logging', { kind: 'count', value: totals.people }],
    ['Notes', text("Dates are the day each worklog was logged for, in its author's own time zone. Hours are decimal: 7.5 is 7 h 30 min.")],
  ];
}
