import type { ExplorerGroup, GroupBy } from '../../../shared/domain/explorer.js';
import type { WorklogColumn } from '../../../shared/domain/export.js';
import type { WorklogView } from '../../../shared/domain/worklog.js';

/**
 * A cell as both writers see it. Each format renders the kinds its own way: XLSX writes real
 * dates and numbers with a display format, CSV writes ISO dates and plain decimal numbers.
 */
export type ExportCell =
  | { kind: 'text'; text: string }
  /** A local date, YYYY-MM-DD. */
  | { kind: 'date'; iso: string }
  /** A duration, written as decimal hours. */
  | { kind: 'hours'; seconds: number }
  | { kind: 'count'; value: number }
  /** An issue key, linked to the issue when its site is https. */
  | { kind: 'link'; text: string; url: string | null };

export const text = (s: string | null | undefined): ExportCell => ({ kind: 'text', text: s ?? '' });

/** https://site/browse/KEY, or null for a non-https site or an issue without a key (as the table links them). */
export function issueUrl(instanceUrl: string | undefined, key: string | null): string | null {
  if (!instanceUrl || !key || key.startsWith('#')) return null;
  try {
    if (new URL(instanceUrl).protocol !== 'https:') return null;
    return `${instanceUrl.replace(/\/+$/, '')}/browse/${encodeURIComponent(key)}`;
  } catch {
    return null;
  }
}

/**
 * One table cell, as the Worklogs table shows it — except that a missing value is an empty cell
 * (the table's "—" and "No epic" are placeholders; a spreadsheet filters blanks as "(Blanks)").
 */
export function rowCell(column: WorklogColumn, row: WorklogView, instanceUrls: ReadonlyMap<string, string>): ExportCell {
  switch (column) {
    case 'date':
      return { kind: 'date', iso: row.date };
    case 'issue':
      return { kind: 'link', text: row.issueKey ?? `#${row.issueId}`, url: issueUrl(instanceUrls.get(row.instanceId), row.issueKey) };
    case 'summary':
      return text(row.issueSummary);
    case 'epic':
      return text(row.epicKey === null ? '' : (row.epicName ?? row.epicKey));
    case 'project':
      return text(row.projectKey);
    case 'author':
      return text(row.authorName ?? row.authorAccountId);
    case 'instance':
      return text(row.instance);
    case 'hours':
      return { kind: 'hours', seconds: row.seconds };
    case 'comment':
      return text(row.comment);
  }
}

/**
 * The Group column of a grouped export: the group's name as the page shows it, with the key in
 * front where the page shows one beside it ("CORE-12 · Fix login"), and the site's name when the
 * groups come from several sites (keys are unique per site only). Days are dates.
 */
export function groupCell(groupBy: GroupBy, g: ExplorerGroup, instanceName: string | undefined): ExportCell {
  if (groupBy === 'day' && g.key) return { kind: 'date', iso: g.key };
  const keyed = (groupBy === 'epic' || groupBy === 'project' || groupBy === 'issue') && g.key !== null && g.key !== g.label;
  const name = keyed ? `${g.key} · ${g.label}` : g.label;
  return text(instanceName ? `${name} (${instanceName})` : name);
}

export const GROUP_HEADINGS: Record<GroupBy, string> = { person: 'Person', epic: 'Epic', project: 'Project', issue: 'Issue', day: 'Day' };

/** Column widths in characters: XLSX can't measure a streamed column, so each kind gets a sensible fixed width. */
export const COLUMN_WIDTHS: Record<WorklogColumn | 'group', number> = {
  group: 40,
  date: 12,
  issue: 13,
  summary: 48,
  epic: 32,
  project: 10,
  author: 26,
  instance: 14,
  hours: 9,
  comment: 48,
};
