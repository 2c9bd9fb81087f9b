import type { ExplorerGroup, ExplorerTotals, GroupBy } from '../../shared/domain/explorer.js';
import { CLI_INVOCATION } from './cli-error.js';
import { rangeText } from './date-range-options.js';
import { formatTextTable } from './text-table.js';
import { cellText, truncateWidth } from './text-width.js';
import { formatHours } from './worklogs-format.js';

const HEADER: Record<GroupBy, string> = { person: 'PERSON', epic: 'EPIC', project: 'PROJECT', issue: 'ISSUE', day: 'DAY' };
const LABEL_MAX = 60;
const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The human report: one line per group (key, name, hours, worklogs, people), then the totals. */
export function formatReport(groups: readonly ExplorerGroup[], totals: ExplorerTotals, by: GroupBy, range: { from: string; to: string }): string {
  if (groups.length === 0) {
    return `No worklogs stored for ${rangeText(range.from, range.to)}. Fetch them with: ${CLI_INVOCATION} sync --from ${range.from} --to ${range.to}`;
  }
  const withKey = by !== 'day';
  const rows = groups.map((g) => [
    ...(withKey ? [cellText(g.key ?? '—')] : []),
    truncateWidth(cellText(g.label), LABEL_MAX),
    formatHours(g.seconds),
    g.count.toLocaleString('en-US'),
    g.people.toLocaleString('en-US'),
  ]);
  const headers = [...(withKey ? ['KEY'] : []), HEADER[by], 'HOURS', 'WORKLOGS', 'PEOPLE'];
  const align = [...(withKey ? ['left' as const] : []), 'left' as const, 'right' as const, 'right' as const, 'right' as const];
  const total = `${plural(groups.length, 'group', 'groups')} · ${plural(totals.count, 'worklog', 'worklogs')} · ${formatHours(totals.seconds)} h · ${plural(totals.people, 'person', 'people')}`;
  return [formatTextTable(headers, rows, align), '', total].join('\n');
}
