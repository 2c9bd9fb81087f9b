import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, app, dialog, resetElectronFake, shell } from './electron-fake.js';

vi.mock('electron', () => import('./electron-fake.js'));

const { createExportDialog } = await import('../../../main/electron/export-dialog.js');
const { exportHost } = await import('../../../main/electron/lifecycle.js');

beforeEach(() => {
  resetElectronFake();
  app.paths.set('documents', '/home/zoë/Documents');
});

const options = () => dialog.showSaveDialog.mock.calls.at(-1)?.at(-1) as Record<string, unknown>;

describe('export save dialog', () => {
  it('offers the suggested name in Documents, modal to the focused window, filtered to the format', async () => {
    const focused = new BrowserWindow({});
    BrowserWindow.focused = focused;
    const choose = exportHost(() => []).chooseExportPath;
    dialog.saveDialogAnswer = { canceled: false, filePath: '/home/zoë/Documents/worklogs-2026-11-01-to-2026-11-30.xlsx' };
    expect(await choose('worklogs-2026-11-01-to-2026-11-30.xlsx', 'xlsx')).toEqual({ path: '/home/zoë/Documents/worklogs-2026-11-01-to-2026-11-30.xlsx', replace: true });
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toBe(focused);
    expect(options()).toMatchObject({
      defaultPath: path.join('/home/zoë/Documents', 'worklogs-2026-11-01-to-2026-11-30.xlsx'),
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
      properties: expect.arrayContaining(['showOverwriteConfirmation']),
    });
  });

  it('cancel means null; the next dialog opens where the last export went; CSV gets its own filter', async () => {
    const window = new BrowserWindow({});
    const choose = createExportDialog({ dialog: dialog as never, window: () => window as never, defaultFolder: () => '/docs' });
    expect(await choose('a.csv', 'csv')).toBeNull();
    expect(options()).toMatchObject({ defaultPath: path.join('/docs', 'a.csv'), filters: [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }] });

    dialog.saveDialogAnswer = { canceled: false, filePath: '/mnt/team share/hours.CSV' };
    expect(await choose('a.csv', 'csv')).toEqual({ path: '/mnt/team share/hours.CSV', replace: true });
    dialog.saveDialogAnswer = { canceled: true, filePath: '' };
    await choose('b.csv', 'csv');
    expect(options()).toMatchObject({ defaultPath: path.join('/mnt/team share', 'b.csv') });
  });

  it('a name typed without the extension gets it, and then an existing file is not replaced (nobody was asked)', async () => {
    const choose = createExportDialog({ dialog: dialog as never, window: () => null, defaultFolder: () => '/docs' });
    dialog.saveDialogAnswer = { canceled: false, filePath: '/docs/november' };
    expect(await choose('x.xlsx', 'xlsx')).toEqual({ path: '/docs/november.xlsx', replace: false });
    // Without a window the dialog is free-standing: only the options are passed.
    expect(dialog.showSaveDialog.mock.calls[0]).toHaveLength(1);
  });

  it('falls back to our window when none is focused, and skips a destroyed one', async () => {
    const ours = new BrowserWindow({});
    const choose = exportHost(() => [ours as never]).chooseExportPath;
    await choose('a.xlsx', 'xlsx');
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toBe(ours);
    ours.destroyed = true;
    await choose('a.xlsx', 'xlsx');
    expect(dialog.showSaveDialog.mock.calls[1]).toHaveLength(1);
  });

  it('show in folder goes to the OS shell with the very path', () => {
    exportHost(() => []).showItemInFolder('/home/zoë/Documents/worklogs.xlsx');
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/home/zoë/Documents/worklogs.xlsx');
  });
});
