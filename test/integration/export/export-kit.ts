import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { ExplorerGroup, ExplorerResult, GroupBy } from '../../../shared/domain/explorer.js';
import type { ExplorerExportInput, WorklogColumn } from '../../../shared/domain/export.js';
import type { WorklogView } from '../../../shared/domain/worklog.js';
import { runExplorerQuery } from '../../../main/core/explorer/explorer-query.js';
import { listRows } from '../../../main/core/explorer/explorer-rows.js';
import type { Db } from '../../../main/core/store/open-database.js';

/**
 * What the Worklogs page shows for an export's input, read the way the page reads it: the
 * groups from `explorer.query` (in the page's order) and every row from `explorer.rows`, a
 * page of at most 1,000 at a time, in the view's sort. Grouped, each group lists its own rows
 * in that sort, as an expanded group does.
 */
export function viewOf(db: Db, input: ExplorerExportInput): { lines: Array<{ row: WorklogView; group: ExplorerGroup | null }>; result: ExplorerResult } {
  const rows: WorklogView[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = listRows(db, input.query, { offset, limit: 1000, sort: input.sort });
    rows.push(...page);
    if (page.length < 1000) break;
  }
  const result = runExplorerQuery(db, { ...input.query, groupBy: input.groupBy === 'none' ? 'person' : input.groupBy });
  if (input.groupBy === 'none') return { lines: rows.map((row) => ({ row, group: null })), result };
  const by = input.groupBy;
  const lines = result.groups.flatMap((group) => rows.filter((r) => belongs(by, r, group)).map((row) => ({ row, group })));
  return { lines, result };
}

/** Membership as the page's groups define it, written out plainly. */
function belongs(by: GroupBy, r: WorklogView, g: ExplorerGroup): boolean {
  switch (by) {
    case 'person':
      return r.authorAccountId === g.key;
    case 'epic':
      return g.key === null ? r.epicKey === null : r.epicKey === g.key && r.instanceId === g.instanceId;
    case 'project':
      return g.key === null ? r.projectKey === null : r.projectKey === g.key && r.instanceId === g.instanceId;
    case 'issue':
      return r.instanceId === g.instanceId && (r.issueKey ?? `#${r.issueId}`) === g.key;
    case 'day':
      return r.date === g.key;
  }
}

/**
 * Exactly what a cell of the export should hold, column by column: XLSX values (CSV text is
 * derived from these in the tests). In XLSX a carriage return reads back as a line feed (XML).
 */
export function expectedCells(row: WorklogView, columns: readonly WorklogColumn[], siteUrls: ReadonlyMap<string, string>, format: 'xlsx' | 'csv'): unknown[] {
  const text = (s: string): string => (format === 'xlsx' ? s.replace(/\r\n?/g, '\n') : s);
  const site = siteUrls.get(row.instanceId);
  const key = row.issueKey ?? `#${row.issueId}`;
  const link = site?.startsWith('https://') && row.issueKey ? `${site}/browse/${row.issueKey}` : null;
  const byColumn = {
    date: new Date(`${row.date}T00:00:00.000Z`),
    issue: link ? { text: key, hyperlink: link } : key,
    summary: text(row.issueSummary ?? ''),
    epic: row.epicKey === null ? '' : (row.epicName ?? row.epicKey),
    project: row.projectKey ?? '',
    author: row.authorName ?? row.authorAccountId,
    instance: row.instance,
    hours: row.seconds / 3600,
    comment: text(row.comment ?? ''),
  };
  return columns.map((c) => byColumn[c]);
}

/** The Group column: the name, "KEY · Name" where the page shows a key beside it, the site when groups span sites; days as dates. */
export function expectedGroupCell(by: GroupBy, g: ExplorerGroup, siteName: string | undefined): unknown {
  if (by === 'day') return new Date(`${g.key}T00:00:00.000Z`);
  const withKey = by !== 'person' && g.key !== null && g.key !== g.label ? `${g.key} · ${g.label}` : g.label;
  return siteName ? `${withKey} (${siteName})` : withKey;
}

export interface ReadSheet {
  sheet: ExcelJS.Worksheet;
  /** Row values without exceljs' leading hole; empty cells as ''. */
  rows: unknown[][];
}

const cellValue = (v: unknown): unknown => (v === null || v === undefined ? '' : v);

function readSheet(sheet: ExcelJS.Worksheet, width: number): ReadSheet {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: width }, (_, i) => cellValue(row.getCell(i + 1).value)));
  });
  return { sheet, rows };
}

/** Reads an exported workbook back with exceljs, the library that wrote it. */
export async function readXlsx(file: string): Promise<{ names: string[]; book: ExcelJS.Workbook; sheet(name: string): ReadSheet }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return {
    book,
    names: book.worksheets.map((s) => s.name),
    sheet(name) {
      const sheet = book.getWorksheet(name);
      if (!sheet) throw new Error(`no sheet ${name} in ${file}`);
      return readSheet(sheet, sheet.columnCount);
    },
  };
}

/** Reads an exported CSV back with exceljs, every field as the text the file holds (no number or date guessing). */
export async function readCsv(file: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  const sheet = await book.csv.readFile(file, { map: (v: unknown) => v } as never);
  const width = sheet.columnCount;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: width }, (_, i) => String(cellValue(row.getCell(i + 1).value))));
  });
  return rows;
}

export const fileBytes = (file: string): Buffer => fs.readFileSync(file);
