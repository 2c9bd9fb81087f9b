import type { OutputFile } from './atomic-file.js';
import type { ExportCell } from './export-cells.js';
import type { ExportDocument } from './export-document.js';

/**
 * CSV formula injection: a spreadsheet opening a CSV runs a cell that starts with = + - @ (or a
 * tab or carriage return before one) as a formula — `=HYPERLINK(...)` in a worklog comment would
 * become a live link, `=cmd|...` a DDE call. Such text cells get a leading apostrophe, which
 * spreadsheets show as plain text (OWASP's advice). Numbers and dates are ours and never guarded.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const guardCsvText = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);

/** Decimal hours with at most six decimals (a few milliseconds): 1.5, 0.333333 — '.' whatever the locale. */
export const csvHours = (seconds: number): number => Number((seconds / 3600).toFixed(6));

export function csvValue(cell: ExportCell): string | number {
  switch (cell.kind) {
    case 'text':
      return guardCsvText(cell.text);
    case 'link':
      return guardCsvText(cell.text);
    case 'date':
      return cell.iso;
    case 'hours':
      return csvHours(cell.seconds);
    case 'count':
      return cell.value;
  }
}

/**
 * RFC 4180 CSV through exceljs: UTF-8 with a BOM (so Excel reads accents and emoji right), CRLF
 * line ends, fields quoted when they hold a comma, quote or line break. exceljs writes a CSV from
 * a whole worksheet, so the view goes through it a page at a time — one small worksheet per page
 * appended to the file — and the file never needs the whole view in memory. CSV has one table:
 * no Summary or About (the file name says the range and grouping).
 */
export async function writeCsv(out: OutputFile, doc: ExportDocument, onRows: (n: number) => void): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const append = async (rows: Array<Array<string | number>>, first: boolean): Promise<void> => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Worklogs').addRows(rows);
    const bytes = await book.csv.writeBuffer({
      formatterOptions: { writeBOM: first, rowDelimiter: '\r\n', includeEndRowDelimiter: true },
      // Values are already what the file should say: no date or object conversions.
      map: (v: unknown) => v,
    } as Parameters<typeof book.csv.writeBuffer>[0]);
    if (!out.stream.write(Buffer.from(bytes as ArrayBuffer))) await out.ready();
  };
  await append([doc.worklogs.headers], true);
  for (const page of doc.worklogs.pages) {
    await append(
      page.map((cells) => cells.map(csvValue)),
      false,
    );
    onRows(page.length);
    await out.ready();
  }
  out.stream.end();
  await Promise.race([new Promise<void>((resolve) => out.stream.once('finish', () => resolve())), out.failed]);
}
