import type { WorklogView } from '../../shared/domain/worklog.js';
import { READER_DAY_NOTE } from '../../shared/domain/zoned-day.js';
import { CLI_INVOCATION } from './cli-error.js';
import { rangeText } from './date-range-options.js';
import { formatTextTable } from './text-table.js';
import { cellText, displayWidth, truncateWidth } from './text-width.js';

/** Hours for people: "1.5", "0.25", "8", "1,234.75" — at most two decimals, no trailing zeros. */
export const formatHours = (seconds: number): string => (seconds / 3600).toLocaleString('en-US', { maximumFractionDigits: 2 });

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "42 worklogs · 63.5 h · 7 people" */
export function totalLine(worklogs: readonly WorklogView[]): string {
  const seconds = worklogs.reduce((sum, w) => sum + w.seconds, 0);
  const people = new Set(worklogs.map((w) => w.authorAccountId)).size;
  return `${plural(worklogs.length, 'worklog', 'worklogs')} · ${formatHours(seconds)} h · ${plural(people, 'person', 'people')}`;
}

const AUTHOR_MAX = 28;
const SUMMARY_MIN = 20;
const SUMMARY_DEFAULT = 60;

/**
 * The human listing: a compact table, then the total. On a terminal the summary column takes what
 * the line has left, so rows don't wrap; elsewhere it is cut at a fixed width.
 */
export function formatWorklogTable(worklogs: readonly WorklogView[], range: { from: string; to: string }, columns?: number): string {
  if (worklogs.length === 0) {
    return `No worklogs stored for ${rangeText(range.from, range.to)}. Fetch them with: ${CLI_INVOCATION} sync --from ${range.from} --to ${range.to}`;
  }
  const rows = worklogs.map((w) => [
    // "*": the author hides their zone in Jira, so this is the reader's day (explained under the total).
    w.dayFromReaderZone ? `${w.date}*` : w.date,
    cellText(w.instance),
    cellText(w.issueKey ?? `#${w.issueId}`),
    `${formatHours(w.seconds)} h`,
    truncateWidth(cellText(w.authorName ?? w.authorAccountId), AUTHOR_MAX),
    cellText(w.issueSummary ?? ''),
  ]);
  const headers = ['DATE', 'INSTANCE', 'ISSUE', 'HOURS', 'AUTHOR', 'SUMMARY'];
  // Width used by every column but the last, plus the two-space gaps.
  const used = headers.slice(0, -1).reduce((sum, h, i) => sum + Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))) + 2, 0);
  const summaryWidth = columns ? Math.max(SUMMARY_MIN, columns - used - 1) : SUMMARY_DEFAULT;
  for (const r of rows) r[5] = truncateWidth(r[5] ?? '', summaryWidth);
  const note = worklogs.some((w) => w.dayFromReaderZone) ? [`* ${READER_DAY_NOTE}.`] : [];
  return [formatTextTable(headers, rows, ['left', 'left', 'left', 'right', 'left', 'left']), '', totalLine(worklogs), ...note].join('\n');
}
