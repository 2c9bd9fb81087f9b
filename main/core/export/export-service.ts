import fs from 'node:fs';
import path from 'node:path';
import type { ExplorerGroup, ExplorerResult, GroupBy } from '../../../shared/domain/explorer.js';
import type { ExplorerExportInput, ExportProgress, ExportResult } from '../../../shared/domain/export.js';
import { WORKLOG_COLUMN_LABELS, exportFileName } from '../../../shared/domain/export.js';
import { AppError } from '../errors.js';
import { runExplorerQuery } from '../explorer/explorer-port.js';
import type { ChooseExportPath, Clock, ExportDestination, Logger } from '../ports.js';
import type { Db } from '../store/open-database.js';
import { openDatabase } from '../store/open-database.js';
import { instancesRepo } from '../instances/instances-port.js';
import { writeFileAtomically } from './atomic-file.js';
import { describeExport } from './export-about.js';
import type { ExportCell } from './export-cells.js';
import { COLUMN_WIDTHS, GROUP_HEADINGS, groupCell, rowCell, text } from './export-cells.js';
import type { ExportDocument } from './export-document.js';
import type { ExportLine } from './export-rows.js';
import { groupedPages, viewPages } from './export-rows.js';
import { writeCsv } from './csv-writer.js';
import { writeXlsx } from './xlsx-writer.js';

/** Above this many rows issue keys are plain text: the writer keeps every hyperlink in memory until the sheet ends. */
export const MAX_LINKED_ROWS = 100_000;

export interface ExportServiceDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  onProgress?: (p: ExportProgress) => void;
  /** Where the `explorer.export` channel writes; absent where the host has no place to offer. */
  chooseExportPath?: ChooseExportPath;
  /** Browser host: shelves a written export for the page to download; returns the URL path. */
  offerDownload?: (file: string, fileName: string) => string;
  /** Reveals a file in the OS file manager; absent where the host can't (the browser host). */
  showItemInFolder?: (file: string) => Promise<void> | void;
  /**
   * Expected seconds per person over a range (the timesheet's rule: schedules, leaves, holidays,
   * elapsed days only). When given, a person-grouped summary gains Expected and Difference.
   */
  expectedFor?: (range: { from: string; to: string }, accountIds: readonly string[]) => ReadonlyMap<string, number>;
  /** Tests shrink these to exercise paging and multi-pass grouping on small views. */
  paging?: { pageSize?: number; bufferRows?: number };
}

export interface WrittenExport {
  path: string;
  fileName: string;
  rows: number;
  groups: number;
}

export interface ExportService {
  /** The `explorer.export` channel: asks the host where the file goes, then writes it. */
  exportView(input: ExplorerExportInput): Promise<ExportResult>;
  /** Writes to a known destination (the CLI's --out). */
  writeExport(input: ExplorerExportInput, dest: ExportDestination, onProgress?: (p: ExportProgress) => void): Promise<WrittenExport>;
  /** The `shell.showItemInFolder` channel: only for files exported by this process. */
  showInFolder(file: string): Promise<{ shown: boolean }>;
}

/**
 * A second, read-only connection in one read transaction: the export reads a single snapshot, so
 * a sync writing meanwhile can't make its rows disagree with its groups and totals.
 */
function openSnapshot(db: Db): { db: Db; close(): void } {
  if (db.memory) return { db, close: () => undefined };
  const snapshot = openDatabase(path.dirname(db.name), { file: path.basename(db.name), readonly: true });
  snapshot.exec('BEGIN');
  return {
    db: snapshot,
    close: () => {
      if (snapshot.inTransaction) snapshot.exec('COMMIT');
      snapshot.close();
    },
  };
}

function* mapPages<T, U>(pages: Iterable<T[]>, f: (x: T) => U): Generator<U[]> {
  for (const page of pages) yield page.map(f);
}

export function createExportService(deps: ExportServiceDeps): ExportService {
  const exported = new Set<string>();

  const buildDocument = (db: Db, input: ExplorerExportInput, result: ExplorerResult): ExportDocument => {
    const { query, groupBy, sort, columns } = input;
    const instances = instancesRepo(db).list();
    const urls = new Map(instances.map((i) => [i.id, i.url]));
    const names = new Map(instances.map((i) => [i.id, i.name]));
    const options = { sort, ...deps.paging };
    const toCells = (line: ExportLine): ExportCell[] => columns.map((c) => rowCell(c, line.row, urls));
    const headers = columns.map((c) => WORKLOG_COLUMN_LABELS[c]);
    const widths = columns.map((c) => COLUMN_WIDTHS[c]);
    const about = describeExport(db, input, result.totals, deps.clock.now(), names);
    const base = { createdAt: deps.clock.now(), about, links: result.totals.count <= MAX_LINKED_ROWS };

    if (groupBy === 'none') {
      const lines = mapPages(viewPages(db, query, options), (row): ExportLine => ({ row, group: null }));
      return { ...base, worklogs: { headers, widths, pages: mapPages(lines, toCells), rowCount: result.totals.count }, summary: null };
    }
    const by: GroupBy = groupBy;
    const groups = result.groups;
    // As the page: the site's name beside a group only when the groups come from several sites.
    const several = new Set(groups.map((g) => g.instanceId).filter(Boolean)).size > 1;
    const site = (g: ExplorerGroup): string | undefined => (several && g.instanceId ? names.get(g.instanceId) : undefined);
    const labels = new Map(groups.map((g) => [g, groupCell(by, g, site(g))]));
    const lines = groupedPages(db, query, by, groups, options);
    // By person, the summary says what each person was expected to log over the range, as the Timesheet does.
    const expected = by === 'person' && deps.expectedFor ? deps.expectedFor(query, groups.flatMap((g) => (g.key ? [g.key] : []))) : null;
    const expectedOf = (g: ExplorerGroup): number => (g.key && expected ? (expected.get(g.key) ?? 0) : 0);
    const expectedTotal = groups.reduce((n, g) => n + expectedOf(g), 0);
    const extraHeads = expected ? ['Expected', 'Difference'] : [];
    const extraCells = (logged: number, exp: number): ExportCell[] =>
      expected ? [{ kind: 'hours', seconds: exp }, { kind: 'hours', seconds: logged - exp }] : [];
    return {
      ...base,
      worklogs: {
        headers: ['Group', ...headers],
        widths: [COLUMN_WIDTHS.group, ...widths],
        pages: mapPages(lines, (line) => [labels.get(line.group as ExplorerGroup) as ExportCell, ...toCells(line)]),
        rowCount: result.totals.count,
      },
      summary: {
        headers: [GROUP_HEADINGS[by], 'Key', 'Instance', 'Hours', 'Worklogs', 'People', ...extraHeads],
        widths: [COLUMN_WIDTHS.group, 24, 14, 10, 10, 8, ...extraHeads.map(() => 10)],
        rows: groups.map((g) => [
          by === 'day' ? (groupCell(by, g, undefined) as ExportCell) : text(g.label),
          text(g.key),
          text(g.instanceId ? names.get(g.instanceId) : ''),
          { kind: 'hours', seconds: g.seconds },
          { kind: 'count', value: g.count },
          { kind: 'count', value: g.people },
          ...extraCells(g.seconds, expectedOf(g)),
        ]),
        total: [
          text('Total'),
          text(''),
          text(''),
          { kind: 'hours', seconds: result.totals.seconds },
          { kind: 'count', value: result.totals.count },
          { kind: 'count', value: result.totals.people },
          ...extraCells(result.totals.seconds, expectedTotal),
        ],
      },
    };
  };

  const writeExport: ExportService['writeExport'] = async (input, dest, onProgress) => {
    const file = path.resolve(dest.path);
    const fileName = path.basename(file);
    const snapshot = openSnapshot(deps.db);
    try {
      const db = snapshot.db;
      // Grouped "none", the totals still come from a grouped query (by person: its totals are the cheapest).
      const result = runExplorerQuery(db, { ...input.query, groupBy: input.groupBy === 'none' ? 'person' : input.groupBy });
      const doc = buildDocument(db, input, result);
      const total = result.totals.count;
      let done = 0;
      const progress = (n: number): void => {
        done += n;
        const p = { fileName, done, total };
        onProgress?.(p);
        deps.onProgress?.(p);
      };
      await writeFileAtomically(file, dest.replace, async (out) => {
        await (input.format === 'xlsx' ? writeXlsx : writeCsv)(out, doc, progress);
        // The rows and the totals come from one snapshot: a difference is a bug, and a wrong file is worse than none.
        if (done !== total) throw new AppError('internal', `The export read ${done} worklogs where the view has ${total}.`);
      });
      exported.add(file);
      const groups = input.groupBy === 'none' ? 0 : result.groups.length;
      deps.log.info('exported worklogs', { format: input.format, rows: done, groups, file });
      return { path: file, fileName, rows: done, groups };
    } finally {
      snapshot.close();
    }
  };

  return {
    writeExport,
    async exportView(input) {
      if (!deps.chooseExportPath) throw new AppError('forbidden', 'This version of Worklog Desk has no place to save exports. Use the command line: export --out FILE.');
      const dest = await deps.chooseExportPath(exportFileName(input.query, input.groupBy, input.format), input.format);
      if (!dest) return { cancelled: true };
      const written = await writeExport(input, dest);
      return { cancelled: false, ...written, ...(deps.offerDownload ? { download: deps.offerDownload(written.path, written.fileName) } : {}) };
    },
    async showInFolder(file) {
      const resolved = path.resolve(file);
      if (!exported.has(resolved)) throw new AppError('forbidden', 'Worklog Desk only shows files it exported itself, since it was started.');
      if (!deps.showItemInFolder) return { shown: false };
      if (!fs.existsSync(resolved)) throw new AppError('not_found', `${path.basename(resolved)} is no longer there: it was moved or deleted.`);
      await deps.showItemInFolder(resolved);
      return { shown: true };
    },
  };
}
