import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerFilter, ExplorerGroup } from '../../../shared/domain/explorer.js';
import { GROUP_BY } from '../../../shared/domain/explorer.js';
import { runExplorerQuery } from '../../../main/core/explorer/explorer-query.js';
import type { ExplorerExportInput } from '../../../shared/domain/export.js';
import { WORKLOG_COLUMNS, explorerExportInputSchema } from '../../../shared/domain/export.js';
import { createExportService } from '../../../main/core/export/export-service.js';
import type { ExportService } from '../../../main/core/export/export-service.js';
import type { Db } from '../../../main/core/store/open-database.js';
import { openDatabase } from '../../../main/core/store/open-database.js';
import { systemClock } from '../../../main/core/system-clock.js';
import { fillDbWorld } from '../../../scripts/bench/bench-db-world.js';
import { createMemoryLogger } from '../../fakes/memory-logger.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { expectedCells, expectedGroupCell, fileBytes, readCsv, readXlsx, viewOf } from './export-kit.js';

const RANGE = { from: '2025-01-01', to: '2025-06-30' };
const ZOE = 'Zoë Ångström 🚀';
/** Comments a spreadsheet would run as formulas if written as they are. */
const DANGEROUS = ['=HYPERLINK("https://evil.example","click me")', '+SUM(1,2)', '-2+3', '@SUM(A1)', '\t=1+1', '\r=2+2'];
const HARMLESS = ['plain, with "quotes"\nand a second line', '  =not at the start', 'Zoë’s café ☕ résumé'];

/** The CSV text of a cell, derived from the XLSX value the other tests pin: ISO dates, apostrophe-guarded formulas. */
function csvText(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && v !== null && 'text' in v) return csvText((v as { text: string }).text);
  if (typeof v === 'string') return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return String(v);
}

describe('export of the Worklogs view to XLSX and CSV', () => {
  const tmp = makeTempDir('wd-export-');
  const out = path.join(tmp.dir, 'out');
  let db: Db;
  let service: ExportService;
  let siteUrls: Map<string, string>;
  let siteNames: Map<string, string>;
  let zoeId: string;
  let teamAccountIds: string[];
  let n = 0;
  const target = (ext: string): string => path.join(out, `export-${++n}.${ext}`);

  beforeAll(() => {
    fs.mkdirSync(out);
    db = openDatabase(tmp.dir);
    const world = fillDbWorld(db, { seed: 5, worklogs: 8000, teamPeople: 5, otherPeople: 9, projects: 6, epics: 12, issues: 300, ...RANGE });
    teamAccountIds = world.teamAccountIds;
    zoeId = world.teamAccountIds[0] as string;
    db.prepare('UPDATE worklogs SET author_name = ? WHERE author_account_id = ?').run(ZOE, zoeId);
    db.prepare('UPDATE team_members SET display_name = ? WHERE account_id = ?').run(ZOE, zoeId);
    const ids = db.prepare<[], { id: number }>("SELECT rowid AS id FROM worklogs WHERE local_date BETWEEN '2025-02-01' AND '2025-02-28' ORDER BY rowid LIMIT 9").all();
    [...DANGEROUS, ...HARMLESS].forEach((comment, i) => db.prepare('UPDATE worklogs SET comment = ? WHERE rowid = ?').run(comment, ids[i]?.id));
    const instances = db.prepare<[], { id: string; name: string; url: string }>('SELECT id, name, url FROM instances').all();
    siteUrls = new Map(instances.map((i) => [i.id, i.url]));
    siteNames = new Map(instances.map((i) => [i.id, i.name]));
    // An issue moved to another project: its older worklogs still carry the old key, so the page
    // shows two issue groups (old key, new key) and the export must split its rows the same way.
    const moved = db
      .prepare<[string, string], { instance_id: string; issue_id: string }>(
        "SELECT instance_id, issue_id FROM worklogs WHERE local_date BETWEEN '2025-02-01' AND '2025-03-15' AND instance_id IN (?, ?) GROUP BY instance_id, issue_id HAVING count(*) >= 6 ORDER BY count(*) DESC LIMIT 1",
      )
      .get(...([...siteUrls.keys()].slice(0, 2) as [string, string]));
    if (!moved) throw new Error('the generated world has no issue to move');
    db.prepare(
      "UPDATE worklogs SET issue_key = 'OLDPROJ-7' WHERE instance_id = ? AND issue_id = ? AND rowid IN (SELECT rowid FROM worklogs WHERE instance_id = ? AND issue_id = ? AND local_date BETWEEN '2025-02-01' AND '2025-03-15' ORDER BY local_date LIMIT 3)",
    ).run(moved.instance_id, moved.issue_id, moved.instance_id, moved.issue_id);
    service = createExportService({ db, clock: systemClock, log: createMemoryLogger() });
  });
  afterAll(() => {
    db.close();
    tmp.cleanup();
  });

  const input = (v: Partial<ExplorerExportInput> & { query: ExplorerFilter; format: 'csv' | 'xlsx' }): ExplorerExportInput =>
    explorerExportInputSchema.parse({ groupBy: 'none', columns: [...WORKLOG_COLUMNS], ...v });

  /** Rows the XLSX should hold, Group column first when grouped (site name only when the groups span sites, as on the page). */
  function expectedRows(i: ExplorerExportInput, format: 'xlsx' | 'csv' = i.format): { header: string[]; rows: unknown[][]; groups: ExplorerGroup[] } {
    const view = viewOf(db, i);
    const groups = view.result.groups;
    const several = new Set(groups.map((g) => g.instanceId).filter(Boolean)).size > 1;
    const headers = i.columns.map((c) => ({ date: 'Date', issue: 'Issue', summary: 'Summary', epic: 'Epic', project: 'Project', author: 'Author', instance: 'Instance', hours: 'Hours', comment: 'Comment' })[c]);
    const rows = view.lines.map(({ row, group }) => {
      const cells = expectedCells(row, i.columns, siteUrls, format);
      if (i.groupBy === 'none' || !group) return cells;
      return [expectedGroupCell(i.groupBy, group, several && group.instanceId ? siteNames.get(group.instanceId) : undefined), ...cells];
    });
    return { header: i.groupBy === 'none' ? headers : ['Group', ...headers], rows, groups: i.groupBy === 'none' ? [] : groups };
  }

  async function expectXlsxEqualsView(i: ExplorerExportInput): Promise<void> {
    const file = target('xlsx');
    const written = await service.writeExport(i, { path: file, replace: false });
    const want = expectedRows(i);
    expect(written).toEqual({ path: file, fileName: path.basename(file), rows: want.rows.length, groups: want.groups.length });
    const book = await readXlsx(file);
    expect(book.names).toEqual(i.groupBy === 'none' ? ['Worklogs', 'About'] : ['Summary', 'Worklogs', 'About']);
    const sheet = book.sheet('Worklogs');
    expect(sheet.rows[0]).toEqual(want.header);
    expect(sheet.rows.slice(1)).toEqual(want.rows);
    if (i.groupBy !== 'none') {
      const summary = book.sheet('Summary');
      const totals = viewOf(db, i).result.totals;
      expect(summary.rows).toEqual([
        [{ person: 'Person', epic: 'Epic', project: 'Project', issue: 'Issue', day: 'Day' }[i.groupBy], 'Key', 'Instance', 'Hours', 'Worklogs', 'People'],
        ...want.groups.map((g) => [i.groupBy === 'day' ? new Date(`${g.key}T00:00:00.000Z`) : g.label, g.key ?? '', g.instanceId ? siteNames.get(g.instanceId) : '', g.seconds / 3600, g.count, g.people]),
        ['Total', '', '', totals.seconds / 3600, totals.count, totals.people],
      ]);
    }
  }

  async function expectCsvEqualsView(i: ExplorerExportInput): Promise<void> {
    const file = target('csv');
    const written = await service.writeExport(i, { path: file, replace: false });
    const want = expectedRows(i);
    expect(written.rows).toBe(want.rows.length);
    const rows = await readCsv(file);
    expect(rows[0]).toEqual(want.header);
    expect(rows).toHaveLength(want.rows.length + 1);
    const hoursAt = want.header.indexOf('Hours');
    rows.slice(1).forEach((got, r) => {
      const expected = want.rows[r] as unknown[];
      expected.forEach((v, c) => {
        if (c === hoursAt) {
          // Decimal hours with a '.', at most six decimals, within half a millionth of an hour.
          expect(got[c]).toMatch(/^\d+(\.\d{1,6})?$/);
          expect(Math.abs(Number(got[c]) - (v as number))).toBeLessThanOrEqual(5e-7);
        } else {
          expect(got[c], `row ${r + 1} column ${want.header[c]}`).toBe(csvText(v));
        }
      });
    });
  }

  it('ungrouped XLSX: every row of a >1,000-row view in the view’s sort, real dates and numbers, links, frozen header, filter, About', async () => {
    const i = input({ query: { from: '2025-01-01', to: '2025-02-28' }, sort: { by: 'date', dir: 'desc' }, format: 'xlsx' });
    expect(viewOf(db, i).lines.length).toBeGreaterThan(2000); // several explorer pages
    await expectXlsxEqualsView(i);

    const file = path.join(out, `export-${n}.xlsx`);
    const book = await readXlsx(file);
    const sheet = book.sheet('Worklogs').sheet;
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBeInstanceOf(Date);
    expect(first.getCell(1).numFmt).toBe('yyyy-mm-dd');
    expect(typeof first.getCell(8).value).toBe('number');
    expect(first.getCell(8).numFmt).toBe('0.00');
    expect(first.getCell(2).value).toMatchObject({ hyperlink: expect.stringMatching(/^https:\/\/site-\d\.atlassian\.net\/browse\/[A-Z0-9]+-\d+$/) });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:I${sheet.rowCount}`);
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    const about = Object.fromEntries(book.sheet('About').rows.map(([k, v]) => [k, v]));
    expect(about).toMatchObject({ Range: '2025-01-01 to 2025-02-28', 'Grouped by': 'Not grouped', 'Sorted by': 'Date, newest first', Worklogs: sheet.rowCount - 1 });
    expect(about.Exported).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d \(UTC[+-]\d\d:\d\d\)$/);
  });

  it.each(GROUP_BY)('grouped by %s: XLSX and CSV list the groups in the page’s order, each with its rows in the view’s sort, and a Summary', async (groupBy) => {
    const filter: ExplorerFilter = { from: '2025-02-01', to: '2025-03-15', instanceIds: [...siteUrls.keys()].slice(0, 2) };
    const sorts = [{ by: 'seconds', dir: 'desc' }, { by: 'author', dir: 'asc' }] as const;
    for (const sort of sorts) {
      await expectXlsxEqualsView(input({ query: filter, groupBy, sort, format: 'xlsx' }));
      await expectCsvEqualsView(input({ query: filter, groupBy, sort, format: 'csv' }));
    }
    if (groupBy === 'issue') {
      const keys = runExplorerQuery(db, { ...filter, groupBy }).groups.map((g) => g.key);
      expect(keys).toContain('OLDPROJ-7');
    }
    // Filters that cut across groups: the team, a text search, only some columns in a new order.
    const narrow = input({ query: { ...RANGE, teamOnly: true, text: 'café' }, groupBy, sort: { by: 'issue', dir: 'asc' }, columns: ['hours', 'author', 'date', 'issue', 'comment'], format: 'xlsx' });
    expect(viewOf(db, narrow).lines.length).toBeGreaterThan(20);
    await expectXlsxEqualsView(narrow);
    await expectCsvEqualsView({ ...narrow, format: 'csv' });
  });

  it('ungrouped CSV: UTF-8 with BOM, CRLF, RFC 4180 quoting, ISO dates, guarded formulas, names intact', async () => {
    const i = input({ query: { from: '2025-02-01', to: '2025-02-28' }, sort: { by: 'project', dir: 'desc' }, format: 'csv' });
    await expectCsvEqualsView(i);
    const file = path.join(out, `export-${n}.csv`);
    const bytes = fileBytes(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.startsWith('\ufeffDate,Issue,Summary,Epic,Project,Author,Instance,Hours,Comment\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain(ZOE);
    // The multi-line comment is one quoted field with doubled quotes.
    expect(text).toContain('"plain, with ""quotes""\nand a second line"');
    const rows = await readCsv(file);
    const comments = rows.map((r) => r[8]);
    for (const c of DANGEROUS) expect(comments).toContain(`'${c}`);
    for (const c of HARMLESS) expect(comments).toContain(c);
    expect(comments.filter((c) => /^[=+\-@\t\r]/.test(c ?? ''))).toEqual([]);
  });

  it('XLSX keeps dangerous-looking text as text, unchanged (a cell of text is never run as a formula)', async () => {
    const file = target('xlsx');
    await service.writeExport(input({ query: { from: '2025-02-01', to: '2025-02-28' }, format: 'xlsx' }), { path: file, replace: false });
    const sheet = (await readXlsx(file)).sheet('Worklogs');
    const comments = sheet.rows.map((r) => r[8]);
    for (const c of [...DANGEROUS, ...HARMLESS]) expect(comments).toContain(c.replace(/\r/g, '\n'));
    let formulas = 0;
    sheet.sheet.eachRow((row) => row.eachCell((cell) => void (cell.formula ? formulas++ : 0)));
    expect(formulas).toBe(0);
    expect(sheet.rows.map((r) => r[5])).toContain(ZOE);
  });

  it('an empty view writes the header only (and a Summary with just the totals)', async () => {
    const empty = { from: '2024-01-01', to: '2024-01-31' };
    const x = target('xlsx');
    expect(await service.writeExport(input({ query: empty, groupBy: 'epic', format: 'xlsx' }), { path: x, replace: false })).toMatchObject({ rows: 0, groups: 0 });
    const book = await readXlsx(x);
    expect(book.sheet('Worklogs').rows).toEqual([['Group', 'Date', 'Issue', 'Summary', 'Epic', 'Project', 'Author', 'Instance', 'Hours', 'Comment']]);
    expect(book.sheet('Summary').rows).toEqual([['Epic', 'Key', 'Instance', 'Hours', 'Worklogs', 'People'], ['Total', '', '', 0, 0, 0]]);
    const c = target('csv');
    await service.writeExport(input({ query: empty, format: 'csv', columns: ['date', 'hours'] }), { path: c, replace: false });
    expect(fileBytes(c).toString('utf8')).toBe('\ufeffDate,Hours\r\n');
  });

  it('a column of empty cells still gives one line per worklog', async () => {
    const i = input({ query: { from: '2025-03-01', to: '2025-03-03' }, columns: ['epic'], format: 'csv' });
    const view = viewOf(db, i);
    expect(view.lines.some((l) => l.row.epicKey === null)).toBe(true);
    const file = target('csv');
    await service.writeExport(i, { path: file, replace: false });
    expect(fileBytes(file).toString('utf8').split('\r\n')).toHaveLength(view.lines.length + 2);
  });

  it('many small pages, day-by-day reading and several grouped passes give the very same files as one pass', async () => {
    const small = createExportService({ db, clock: systemClock, log: createMemoryLogger(), paging: { pageSize: 97, bufferRows: 150 } });
    const cases = [['none', 'date'], ['person', 'seconds'], ['issue', 'seconds'], ['issue', 'date'], ['project', 'date'], ['day', 'author']] as const;
    for (const [groupBy, by] of cases) {
      const i = input({ query: { from: '2025-04-01', to: '2025-04-30' }, groupBy, sort: { by, dir: by === 'date' ? 'desc' : 'asc' }, format: 'xlsx' });
      const a = target('xlsx');
      const b = target('xlsx');
      await service.writeExport(i, { path: a, replace: false });
      await small.writeExport(i, { path: b, replace: false });
      expect((await readXlsx(b)).sheet('Worklogs').rows).toEqual((await readXlsx(a)).sheet('Worklogs').rows);
      const want = expectedRows(i);
      expect((await readXlsx(b)).sheet('Worklogs').rows.slice(1)).toEqual(want.rows);
    }
  });

  it('reads one snapshot: worklogs stored while an export runs are not half in it', async () => {
    const i = input({ query: { from: '2025-05-01', to: '2025-05-31' }, groupBy: 'person', format: 'xlsx' });
    const before = expectedRows(i);
    const small = createExportService({ db, clock: systemClock, log: createMemoryLogger(), paging: { pageSize: 100, bufferRows: 100 } });
    const file = target('xlsx');
    let inserted = 0;
    await small.writeExport(i, { path: file, replace: false }, () => {
      if (inserted > 0) return;
      // A sync writes meanwhile: new worklogs for the same month, from the main connection.
      inserted = db
        .prepare(
          `INSERT INTO worklogs (instance_id, source, source_id, issue_id, issue_key, issue_summary, issue_type, project_key, project_name, parent_key, parent_summary,
             epic_key, epic_summary, author_account_id, author_name, local_date, started, seconds, comment, source_updated, raw, synced_at)
           SELECT instance_id, source, 'late-' || source_id, issue_id, issue_key, issue_summary, issue_type, project_key, project_name, parent_key, parent_summary,
             epic_key, epic_summary, author_account_id, author_name, local_date, started, seconds, comment, source_updated, raw, synced_at
             FROM worklogs WHERE local_date BETWEEN '2025-05-01' AND '2025-05-31' LIMIT 300`,
        )
        .run().changes;
    });
    expect(inserted).toBe(300);
    expect((await readXlsx(file)).sheet('Worklogs').rows.slice(1)).toEqual(before.rows);
    db.prepare("DELETE FROM worklogs WHERE source_id LIKE 'late-%'").run();
  });

  it('never overwrites without being told to, and replaces only when told', async () => {
    const file = target('csv');
    fs.writeFileSync(file, 'keep me');
    const i = input({ query: { from: '2025-01-01', to: '2025-01-02' }, format: 'csv' });
    await expect(service.writeExport(i, { path: file, replace: false })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('already exists') });
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
    await service.writeExport(i, { path: file, replace: true });
    expect(fs.readFileSync(file, 'utf8').startsWith('\ufeffDate,')).toBe(true);
    expect(fs.readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('a folder it may not write to: a plain-words storage error, and nothing left behind', async () => {
    const locked = path.join(tmp.dir, 'locked');
    fs.mkdirSync(locked);
    const unlock = makeUnwritable(locked);
    try {
      for (const format of ['xlsx', 'csv'] as const) {
        const err = await service.writeExport(input({ query: RANGE, format }), { path: path.join(locked, `w.${format}`), replace: false }).catch((e: unknown) => e);
        expect(err).toMatchObject({ code: 'storage', message: expect.stringContaining(`can't write to ${locked}`) });
      }
      expect(fs.readdirSync(locked)).toEqual([]);
      const missing = await service.writeExport(input({ query: RANGE, format: 'csv' }), { path: path.join(tmp.dir, 'no-such-folder', 'w.csv'), replace: false }).catch((e: unknown) => e);
      expect(missing).toMatchObject({ code: 'not_found', message: expect.stringContaining('does not exist') });
    } finally {
      unlock();
    }
  });

  it('the people filter and team in the About sheet read as names', async () => {
    const file = target('xlsx');
    await service.writeExport(input({ query: { ...RANGE, authorAccountIds: teamAccountIds.slice(0, 2), epicKeys: [null], teamOnly: true }, format: 'xlsx' }), { path: file, replace: false });
    const about = Object.fromEntries((await readXlsx(file)).sheet('About').rows.map(([k, v]) => [k, v]));
    expect(about.People).toContain(ZOE);
    expect(about.Epics).toBe('No epic');
    expect(about['My team only']).toBe('Yes');
  });
});

/**
 * Makes a folder refuse new files, for real: read-only permissions for a normal user; root
 * ignores those, so as root the folder is made immutable (chattr +i) instead.
 */
function makeUnwritable(dir: string): () => void {
  const writable = (): boolean => {
    try {
      fs.writeFileSync(path.join(dir, '.probe'), '');
      fs.rmSync(path.join(dir, '.probe'));
      return true;
    } catch {
      return false;
    }
  };
  fs.chmodSync(dir, 0o555);
  if (!writable()) return () => fs.chmodSync(dir, 0o755);
  fs.chmodSync(dir, 0o755);
  spawnSync('chattr', ['+i', dir]);
  if (!writable()) return () => void spawnSync('chattr', ['-i', dir]);
  throw new Error(`Cannot make ${dir} unwritable here (root without chattr): this test needs a folder that refuses writes.`);
}
