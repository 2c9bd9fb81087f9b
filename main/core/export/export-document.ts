import type { ExportCell } from './export-cells.js';

/** A table of cells: a header row, then rows. */
export interface ExportTable {
  headers: string[];
  /** Column widths in characters (XLSX only). */
  widths: number[];
}

/**
 * What an export writes, independent of the format. `pages` is read once, a page at a time, so a
 * writer streams it and never holds the whole view.
 */
export interface ExportDocument {
  /** The "Worklogs" table. */
  worklogs: ExportTable & { pages: Iterable<ExportCell[][]>; rowCount: number };
  /** Grouped exports: one row per group, then the totals row (XLSX only). */
  summary: (ExportTable & { rows: ExportCell[][]; total: ExportCell[] }) | null;
  /** What the file holds: range, filters, grouping, sort, time of export (XLSX only). */
  about: Array<[label: string, value: ExportCell]>;
  createdAt: Date;
  /** Issue keys as hyperlinks (off for very large views: each link costs memory until the sheet ends). */
  links: boolean;
}
