import { z } from 'zod';
import type { GroupBy } from './explorer.js';
import { GROUP_BY, ROW_SORT, SORT_DIR, explorerFilterSchema } from './explorer.js';

/** The Worklogs table's columns, in display order; the export writes the visible ones in this order. */
export const WORKLOG_COLUMNS = ['date', 'issue', 'summary', 'epic', 'project', 'author', 'instance', 'hours', 'comment'] as const;
export type WorklogColumn = (typeof WORKLOG_COLUMNS)[number];

/** Column headings, the same words in the table and in exported files. */
export const WORKLOG_COLUMN_LABELS: Record<WorklogColumn, string> = {
  date: 'Date',
  issue: 'Issue',
  summary: 'Summary',
  epic: 'Epic',
  project: 'Project',
  author: 'Author',
  instance: 'Instance',
  hours: 'Hours',
  comment: 'Comment',
};

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_GROUPING = ['none', ...GROUP_BY] as const;
export type ExportGrouping = (typeof EXPORT_GROUPING)[number];

/**
 * One export of the Worklogs view as it is on screen: its filters, its grouping (groups in the
 * page's order), its row sort and its visible columns. Main decides where the file goes (a save
 * dialog, or the browser host's private download folder): no path or file bytes travel over IPC.
 */
export const explorerExportInputSchema = z
  .object({
    query: explorerFilterSchema,
    groupBy: z.enum(EXPORT_GROUPING),
    sort: z.object({ by: z.enum(ROW_SORT), dir: z.enum(SORT_DIR) }).strict().default({ by: 'date', dir: 'asc' }),
    columns: z
      .array(z.enum(WORKLOG_COLUMNS))
      .min(1, 'Choose at least one column to export.')
      .max(WORKLOG_COLUMNS.length)
      .refine((cols) => new Set(cols).size === cols.length, 'Each column can be exported once.')
      .default([...WORKLOG_COLUMNS]),
    format: z.enum(EXPORT_FORMATS),
  })
  .strict();
export type ExplorerExportInput = z.infer<typeof explorerExportInputSchema>;

export type ExportResult =
  | { cancelled: true }
  | {
      cancelled: false;
      /** Where main wrote the file (shown to the user; `shell.showItemInFolder` accepts only these). */
      path: string;
      fileName: string;
      /** Worklogs written. */
      rows: number;
      /** Groups written (0 when not grouped). */
      groups: number;
      /** Browser host: the same-origin URL path the page downloads the file from, once (see main/web/download-shelf.ts). */
      download?: string;
    };

/** Live progress of a big export, emitted once per page of rows. */
export interface ExportProgress {
  fileName: string;
  done: number;
  total: number;
}

export const showItemInFolderInputSchema = z.object({ path: z.string().min(1, 'Which file?').max(4096) }).strict();

/** `worklogs-2026-11-01-to-2026-11-30.xlsx`, grouped `worklogs-2026-11-01-to-2026-11-30-by-epic.xlsx`. */
export function exportFileName(range: { from: string; to: string }, groupBy: ExportGrouping, format: ExportFormat): string {
  const days = range.from === range.to ? range.from : `${range.from}-to-${range.to}`;
  return `worklogs-${days}${groupBy === 'none' ? '' : `-by-${groupBy satisfies GroupBy}`}.${format}`;
}
