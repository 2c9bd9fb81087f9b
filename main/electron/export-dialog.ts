import path from 'node:path';
import type { BrowserWindow, Dialog, SaveDialogOptions, Shell } from 'electron';
import type { ChooseExportPath } from '../core/ports.js';

const FILTERS: Record<'csv' | 'xlsx', SaveDialogOptions['filters']> = {
  xlsx: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
  csv: [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }],
};

export interface ExportDialogDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The window the dialog belongs to (modal to it); null shows a free-standing dialog. */
  window: () => BrowserWindow | null;
  /** The first folder offered (the user's Documents); later exports start where the last one went. */
  defaultFolder: () => string;
}

/**
 * The desktop app's "Save as": the suggested name in the last folder used, a filter for the
 * format, and the OS's own "replace?" question (on Linux only when asked for). A name typed
 * without the extension gets it — and since nobody confirmed replacing that other name, an
 * existing file there is left alone.
 */
export function createExportDialog(deps: ExportDialogDeps): ChooseExportPath {
  let lastFolder: string | null = null;
  return async (suggestedFileName, format) => {
    const options: SaveDialogOptions = {
      title: format === 'xlsx' ? 'Export worklogs to Excel' : 'Export worklogs to CSV',
      defaultPath: path.join(lastFolder ?? deps.defaultFolder(), suggestedFileName),
      buttonLabel: 'Export',
      filters: FILTERS[format],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    };
    const window = deps.window();
    const answer = window && !window.isDestroyed() ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
    if (answer.canceled || !answer.filePath) return null;
    lastFolder = path.dirname(answer.filePath);
    const ext = `.${format}`;
    if (path.extname(answer.filePath).toLowerCase() === ext) return { path: answer.filePath, replace: true };
    return { path: `${answer.filePath}${ext}`, replace: false };
  };
}

/** Reveals a file in Finder / Explorer / the file manager; the core only passes files it exported. */
export function createShowItemInFolder(shell: Pick<Shell, 'showItemInFolder'>): (file: string) => void {
  return (file) => shell.showItemInFolder(file);
}
