import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportProgress, ExportResult } from '../../../shared/domain/export.js';
import { WORKLOG_COLUMNS, explorerExportInputSchema } from '../../../shared/domain/export.js';
import type { AppCore } from '../../../main/core/app-core.js';
import { createAppCore } from '../../../main/core/app-core.js';
import type { ExportDestination } from '../../../main/core/ports.js';
import type { DownloadShelf } from '../../../main/web/download-shelf.js';
import { createDownloadShelf } from '../../../main/web/download-shelf.js';
import type { SyncWorld } from '../sync/sync-world.js';
import { RANGE, startSyncWorld } from '../sync/sync-world.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { expectedCells, expectedGroupCell, readCsv, readXlsx, viewOf } from './export-kit.js';
import { dispatchValue } from '../../helpers/dispatch-value.js';

type Done = Extract<ExportResult, { cancelled: false }>;

/**
 * The `explorer.export` and `shell.showItemInFolder` channels through the core's dispatch (the
 * path every transport takes), over a world synced from the fake Jira and Tempo: the browser host
 * (main writes into its download shelf, the page downloads the file), and a host with a save dialog
 * and a file manager (the ports Electron fills).
 */
describe('export channels over a synced world', () => {
  let w: SyncWorld;
  let web: AppCore;
  let shelf: DownloadShelf;
  let shelfDir: { dir: string; cleanup(): void };
  /** What the browser host exported (the desktop host must refuse to show it). */
  let webExport = '';
  const progress: ExportProgress[] = [];
  const call = <T,>(core: AppCore, channel: string, input: unknown): Promise<T> => dispatchValue<T>((c, i) => core.dispatch(c, i), channel, input);

  beforeAll(async () => {
    w = await startSyncWorld({ worklogs: 700, seed: 21 });
    await w.core.services.sync.run({ ...RANGE });
    // The browser host's own ports, as web-main.ts wires them.
    shelfDir = makeTempDir('wd-export-shelf-');
    shelf = createDownloadShelf({ tmpDir: shelfDir.dir });
    web = createAppCore({ host: 'web', dataDir: w.dataDir, chooseExportPath: shelf.chooseExportPath, offerDownload: (file, name) => shelf.offer(file, name) });
    web.events.subscribe((event, payload) => {
      if (event === 'explorer.exportProgress') progress.push(payload as ExportProgress);
    });
  }, 60_000);
  afterAll(async () => {
    web?.close();
    shelf?.close();
    shelfDir?.cleanup();
    await w?.close();
  });

  it('grouped by epic, the browser host shelves a workbook equal to the view for the page to download', async () => {
    const input = { query: { ...RANGE }, groupBy: 'epic', sort: { by: 'author', dir: 'asc' }, columns: [...WORKLOG_COLUMNS], format: 'xlsx' } as const;
    const r = await call<Done>(web, 'explorer.export', input);
    expect(r).toEqual({ cancelled: false, path: expect.any(String), fileName: 'worklogs-2026-11-01-to-2026-11-30-by-epic.xlsx', rows: expect.any(Number), groups: expect.any(Number), download: expect.stringMatching(/^\/download\//) });
    // Written into the shelf's private folder, not the data folder.
    expect(path.basename(r.path)).toBe(r.fileName);
    expect(r.path.startsWith(shelfDir.dir + path.sep)).toBe(true);
    expect(fs.existsSync(path.join(w.dataDir, 'exports'))).toBe(false);

    const view = viewOf(web.db, explorerExportInputSchema.parse(input));
    expect(view.lines.length).toBeGreaterThan(500);
    expect(r.rows).toBe(view.lines.length);
    expect(r.groups).toBe(view.result.groups.length);
    const names = new Map([[w.instances.jiraOnly.id, 'jira-only'], [w.instances.withTempo.id, 'with-tempo']]);
    // The fake sites are plain http on 127.0.0.1: no links (the app opens https only).
    const urls = new Map([[w.instances.jiraOnly.id, w.jira.url], [w.instances.withTempo.id, w.jira.url]]);
    const book = await readXlsx(r.path);
    expect(book.sheet('Worklogs').rows.slice(1)).toEqual(
      view.lines.map(({ row, group }) => [expectedGroupCell('epic', group!, group!.instanceId ? names.get(group!.instanceId) : undefined), ...expectedCells(row, input.columns, urls, 'xlsx')]),
    );
    // Names from Jira with accents and emoji arrive intact.
    const authors = new Set(book.sheet('Worklogs').rows.map((x) => x[6]));
    expect([...authors].some((a) => typeof a === 'string' && a.includes('🚀'))).toBe(true);
    expect([...authors].some((a) => typeof a === 'string' && /[À-ž]/.test(a))).toBe(true);
    // Progress went out per page, ending at the total.
    expect(progress.at(-1)).toEqual({ fileName: r.fileName, done: r.rows, total: r.rows });
  });

  it('the same view exported twice: two files under the same name, the first untouched, no temporary files left', async () => {
    const input = { query: { ...RANGE, instanceIds: [w.instances.withTempo.id] }, groupBy: 'none', format: 'csv' } as const;
    const first = await call<Done>(web, 'explorer.export', input);
    expect(first.fileName).toBe('worklogs-2026-11-01-to-2026-11-30.csv');
    const before = fs.readFileSync(first.path);
    const second = await call<Done>(web, 'explorer.export', input);
    expect(second.fileName).toBe(first.fileName);
    expect(second.path).not.toBe(first.path);
    expect(second.download).not.toBe(first.download);
    expect(fs.readFileSync(first.path)).toEqual(before);
    expect(fs.readFileSync(second.path)).toEqual(before);
    const rows = await readCsv(second.path);
    expect(rows).toHaveLength(w.stored(w.instances.withTempo.id).length + 1);
    expect(fs.readdirSync(path.dirname(second.path))).toEqual([second.fileName]);
  });

  it('shell.showItemInFolder: the browser host answers shown:false for its exports and refuses anything else', async () => {
    const r = await call<Done>(web, 'explorer.export', { query: { from: '2026-11-02', to: '2026-11-02' }, groupBy: 'day', format: 'xlsx' });
    expect(r.fileName).toBe('worklogs-2026-11-02-by-day.xlsx');
    webExport = r.path;
    expect(await call(web, 'shell.showItemInFolder', { path: r.path })).toEqual({ shown: false });
    fs.writeFileSync(path.join(path.dirname(r.path), 'not-an-export.csv'), 'not an export');
    for (const other of ['/etc/passwd', path.join(w.dataDir, 'worklog-desk.sqlite'), path.join(path.dirname(r.path), 'not-an-export.csv')]) {
      await expect(call(web, 'shell.showItemInFolder', { path: other })).rejects.toMatchObject({ code: 'forbidden' });
    }
  });

  it('a host with a save dialog and a file manager: cancel, save, show in folder (only what it exported)', async () => {
    const tmp = makeTempDir('wd-export-dialog-');
    let answer: ExportDestination | null = null;
    const asked: Array<[string, string]> = [];
    const shown: string[] = [];
    const desktop = createAppCore({
      host: 'electron',
      dataDir: w.dataDir,
      chooseExportPath: async (name, format) => {
        asked.push([name, format]);
        return answer;
      },
      showItemInFolder: (file) => void shown.push(file),
    });
    try {
      const input = { query: { ...RANGE, text: 'naïve' }, groupBy: 'person', sort: { by: 'date', dir: 'desc' }, columns: ['date', 'author', 'hours'], format: 'xlsx' } as const;
      expect(await call(desktop, 'explorer.export', input)).toEqual({ cancelled: true });
      expect(asked).toEqual([['worklogs-2026-11-01-to-2026-11-30-by-person.xlsx', 'xlsx']]);
      expect(fs.readdirSync(tmp.dir)).toEqual([]);

      answer = { path: path.join(tmp.dir, 'Team hours — Zoë.xlsx'), replace: true };
      const r = await call<Done>(desktop, 'explorer.export', input);
      expect(r).toMatchObject({ cancelled: false, path: answer.path, fileName: 'Team hours — Zoë.xlsx' });
      expect(r.rows).toBe(viewOf(desktop.db, explorerExportInputSchema.parse(input)).lines.length);
      expect(await call(desktop, 'shell.showItemInFolder', { path: path.join(tmp.dir, '.', 'sub', '..', 'Team hours — Zoë.xlsx') })).toEqual({ shown: true });
      expect(shown).toEqual([answer.path]);
      // Exported by another process (the browser host above): not this one's to show.
      expect(fs.existsSync(webExport)).toBe(true);
      await expect(call(desktop, 'shell.showItemInFolder', { path: webExport })).rejects.toMatchObject({ code: 'forbidden' });
      fs.rmSync(answer.path);
      await expect(call(desktop, 'shell.showItemInFolder', { path: answer.path })).rejects.toMatchObject({ code: 'not_found' });
      expect(shown).toHaveLength(1);
    } finally {
      desktop.close();
      tmp.cleanup();
    }
  });

  it('refuses malformed export requests before anything is written', async () => {
    const base = { query: { ...RANGE }, groupBy: 'none', format: 'csv' };
    for (const bad of [
      { ...base, columns: [] },
      { ...base, columns: ['date', 'date'] },
      { ...base, columns: ['price'] },
      { ...base, format: 'pdf' },
      { ...base, groupBy: 'week' },
      { ...base, query: { from: '2026-11-30', to: '2026-11-01' } },
      { ...base, path: '/tmp/x.csv' },
    ]) {
      const r = await web.dispatch('explorer.export', bad);
      expect(r, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(await web.dispatch('shell.showItemInFolder', { path: '' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
