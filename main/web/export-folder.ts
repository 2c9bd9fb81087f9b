import fs from 'node:fs';
import path from 'node:path';
import type { ChooseExportPath } from '../core/ports.js';

/** "name.xlsx", then "name (2).xlsx", "name (3).xlsx"… — the first that is free. */
export function freeName(dir: string, fileName: string): string {
  const ext = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? fileName : `${stem} (${n})${ext}`;
    if (!fs.existsSync(path.join(dir, candidate))) return candidate;
  }
}

/**
 * The browser host can't show a save dialog (the page is a browser tab; main writes the file):
 * exports go to `<dataDir>/exports/`, created on demand, under the suggested name or the next
 * free one. Nothing there is ever overwritten (`replace: false`: even a file that appears while
 * the export runs is left alone).
 */
export function createExportsFolderTarget(dataDir: string): ChooseExportPath {
  return async (suggestedFileName) => {
    const dir = path.join(dataDir, 'exports');
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    return { path: path.join(dir, freeName(dir, path.basename(suggestedFileName))), replace: false };
  };
}
