import type { Cell, CellValue, Row, Worksheet } from 'exceljs';
import type { OutputFile } from './atomic-file.js';
import type { ExportCell } from './export-cells.js';
import type { ExportDocument, ExportTable } from './export-document.js';

const DATE_FORMAT = 'yyyy-mm-dd';
const HOURS_FORMAT = '0.00';
const COUNT_FORMAT = '#,##0';
const LINK_FONT = { color: { argb: 'FF0563C1' }, underline: true } as const;

/** A date cell holds the day's serial number: midnight UTC of the day is exactly that serial, whatever the machine's time zone. */
const excelDate = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/**
 * XML turns a carriage return into a line feed when the file is read (and exceljs drops the
 * control characters XML can't hold): line breaks are written as Excel's own, a line feed.
 */
export const xlsxText = (s: string): string => s.replace(/\r\n?/g, '\n');

function value(cell: ExportCell, links: boolean): CellValue {
  switch (cell.kind) {
    case 'text':
      return xlsxText(cell.text);
    case 'date':
      return excelDate(cell.iso);
    case 'hours':
      return cell.seconds / 3600;
    case 'count':
      return cell.value;
    case 'link':
      return links && cell.url ? { text: cell.text, hyperlink: cell.url } : cell.text;
  }
}

function style(target: Cell, cell: ExportCell, links: boolean): void {
  if (cell.kind === 'date') target.numFmt = DATE_FORMAT;
  else if (cell.kind === 'hours') target.numFmt = HOURS_FORMAT;
  else if (cell.kind === 'count') target.numFmt = COUNT_FORMAT;
  else if (cell.kind === 'link' && links && cell.url) target.font = LINK_FONT;
}

function addRow(sheet: Worksheet, cells: readonly ExportCell[], links: boolean): Row {
  const row = sheet.addRow(cells.map((c) => value(c, links)));
  cells.forEach((c, i) => style(row.getCell(i + 1), c, links));
  return row;
}

function addHeader(sheet: Worksheet, table: ExportTable): void {
  sheet.columns = table.widths.map((width) => ({ width }));
  const header = sheet.addRow(table.headers);
  header.font = { bold: true };
  header.commit();
}

/**
 * The workbook, streamed (exceljs WorkbookWriter): "Summary" first when grouped, then "Worklogs"
 * (frozen header, auto-filter), then "About". Rows are committed as they are added, so only the
 * page in hand is in memory.
 */
export async function writeXlsx(out: OutputFile, doc: ExportDocument, onRows: (n: number) => void): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out.stream, useStyles: true, useSharedStrings: false });
  book.creator = 'Worklog Desk';
  book.created = doc.createdAt;

  if (doc.summary) {
    const sheet = book.addWorksheet('Summary', { views: [{ state: 'frozen', ySplit: 1 }] });
    addHeader(sheet, doc.summary);
    for (const cells of doc.summary.rows) addRow(sheet, cells, false).commit();
    const total = addRow(sheet, doc.summary.total, false);
    total.font = { bold: true };
    total.commit();
    sheet.commit();
  }

  const table = doc.worklogs;
  const sheet = book.addWorksheet('Worklogs', { views: [{ state: 'frozen', ySplit: 1 }] });
  addHeader(sheet, table);
  let last = 1;
  for (const page of table.pages) {
    for (const cells of page) addRow(sheet, cells, doc.links).commit();
    last += page.length;
    onRows(page.length);
    await out.ready();
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: table.headers.length } };
  sheet.commit();

  const about = book.addWorksheet('About');
  about.columns = [{ width: 18 }, { width: 90 }];
  for (const [label, cell] of doc.about) {
    const row = addRow(about, [{ kind: 'text', text: label }, cell], false);
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  about.commit();

  await Promise.race([book.commit(), out.failed]);
}
