import type { RowSort } from '../../../../shared/domain/explorer';
import { WORKLOG_COLUMN_LABELS as L } from '../../../../shared/domain/export';
import type { WorklogView } from '../../../../shared/domain/worklog';
import { READER_DAY_NOTE } from '../../../../shared/domain/zoned-day';
import { ReaderDayMark } from '../../components/reader-day-mark';
import { formatDate, formatHours } from '../../format';
import { openExternal } from '../../open-external';
import type { ColumnId } from './explorer-store';
import { COLUMNS } from './explorer-store';

/** "Mon 30 Nov": the range above says the year. */
const shortDate = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

export interface ColumnDef {
  id: ColumnId;
  label: string;
  sort?: RowSort;
  /** A CSS grid track. */
  width: string;
  align?: 'end';
}

/*
 * Date, Issue, Author and Hours keep their room; Summary and Epic take most of the rest and,
 * like Project and Comment, give way first, so at 1024 px the four that answer "who logged what,
 * when" never need a horizontal scroll. A width the user dragged replaces the column's track.
 */
export const COLUMN_DEFS: Record<ColumnId, ColumnDef> = {
  date: { id: 'date', label: L.date, sort: 'date', width: '112px' },
  issue: { id: 'issue', label: L.issue, sort: 'issue', width: '104px' },
  summary: { id: 'summary', label: L.summary, width: 'minmax(72px, 2.2fr)' },
  epic: { id: 'epic', label: L.epic, sort: 'epic', width: 'minmax(72px, 1.6fr)' },
  project: { id: 'project', label: L.project, sort: 'project', width: 'minmax(64px, 0.6fr)' },
  author: { id: 'author', label: L.author, sort: 'author', width: 'minmax(132px, 1fr)' },
  instance: { id: 'instance', label: L.instance, width: 'minmax(64px, 0.5fr)' },
  hours: { id: 'hours', label: L.hours, sort: 'seconds', width: '84px', align: 'end' },
  comment: { id: 'comment', label: L.comment, width: 'minmax(72px, 1.2fr)' },
};

export function visibleColumns(hidden: readonly ColumnId[], widths: Partial<Record<ColumnId, number>> = {}): ColumnDef[] {
  return COLUMNS.filter((c) => !hidden.includes(c)).map((c) => {
    const px = widths[c];
    return px === undefined ? COLUMN_DEFS[c] : { ...COLUMN_DEFS[c], width: `${px}px` };
  });
}

/** The narrowest the columns can be: below it the table scrolls sideways (with Hours pinned). */
export function minTableWidth(cols: readonly ColumnDef[]): number {
  return cols.reduce((sum, c) => sum + Number(/^(?:minmax\()?(\d+)px/.exec(c.width)?.[1] ?? 0), 0);
}

export const gridTemplate = (cols: readonly ColumnDef[]): string => cols.map((c) => c.width).join(' ');

/** https://site/browse/KEY, or null when the site is not https (main opens https links only). */
export function issueUrl(instanceUrl: string | undefined, key: string | null): string | null {
  if (!instanceUrl || !key || key.startsWith('#')) return null;
  try {
    const u = new URL(instanceUrl);
    if (u.protocol !== 'https:') return null;
    return `${instanceUrl.replace(/\/+$/, '')}/browse/${encodeURIComponent(key)}`;
  } catch {
    return null;
  }
}

function IssueKey({ row, instanceUrl }: { row: WorklogView; instanceUrl: string | undefined }) {
  const key = row.issueKey ?? `#${row.issueId}`;
  const url = issueUrl(instanceUrl, row.issueKey);
  if (!url) return <span className="wl-issue-key" title={`${key} · ${row.instance}`}>{key}</span>;
  return (
    <a
      className="wl-issue-key wl-issue-key--link"
      href={url}
      title={`Open ${key} in Jira (${row.instance})`}
      onClick={(e) => {
        e.preventDefault();
        void openExternal(url);
      }}
    >
      {key}
    </a>
  );
}

export function Cell({ col, row, instanceUrl }: { col: ColumnDef; row: WorklogView; instanceUrl: string | undefined }) {
  let content: React.ReactNode;
  let title: string | undefined;
  switch (col.id) {
    case 'date':
      content = shortDate.format(new Date(`${row.date}T00:00:00`));
      title = formatDate(row.date);
      if (row.dayFromReaderZone) {
        content = (
          <>
            {content}
            <ReaderDayMark />
          </>
        );
        title = `${title} — ${READER_DAY_NOTE}`;
      }
      break;
    case 'issue':
      content = <IssueKey row={row} instanceUrl={instanceUrl} />;
      break;
    case 'summary':
      content = row.issueSummary ?? '—';
      title = row.issueSummary ?? undefined;
      break;
    case 'epic':
      content = row.epicKey ? (row.epicName ?? row.epicKey) : <span className="wl-muted">No epic</span>;
      title = row.epicKey ? `${row.epicKey} · ${row.epicName ?? ''}` : undefined;
      break;
    case 'project':
      content = row.projectKey ?? '—';
      title = row.projectName ?? undefined;
      break;
    case 'author':
      content = row.authorName ?? row.authorAccountId;
      title = content as string;
      break;
    case 'instance':
      content = row.instance;
      break;
    case 'hours':
      content = formatHours(row.seconds);
      break;
    case 'comment':
      content = row.comment ? row.comment : <span className="wl-muted">—</span>;
      title = row.comment ?? undefined;
      break;
  }
  return (
    <div role="cell" className={['wl-cell u-ellipsis', `wl-cell--${col.id}`, col.align === 'end' ? 'wl-cell--end' : ''].join(' ')} title={title}>
      {content}
    </div>
  );
}

/** A row's stable identity across pages. */
export const rowKey = (r: WorklogView): string => `${r.instanceId}:${r.source}:${r.sourceId}`;
