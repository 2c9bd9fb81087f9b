import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChooseExportPath } from '../core/ports.js';

export interface ShelvedFile {
  file: string;
  fileName: string;
}

/**
 * Exports in the browser host: the page is a browser tab, so the browser should save the file
 * where the user keeps downloads — not main into the data folder. Main writes each export into a
 * private temporary folder (0700, outside the data folder) and shelves it under a one-time random
 * id; the page then navigates to `/download/<id>` and the host answers with the file as an
 * attachment (Content-Disposition) and deletes it. The id is the only key — 192 random bits,
 * valid once and for a few minutes — so the session secret never appears in a download URL or
 * the browser's download history.
 */
export interface DownloadShelf {
  chooseExportPath: ChooseExportPath;
  /** Shelves a written file; returns the URL path the page downloads it from. */
  offer(file: string, fileName: string): string;
  /** The shelved file for an id, once; null when unknown, taken or expired. */
  take(id: string): ShelvedFile | null;
  /** Deletes a file after it was sent (or could not be). */
  discard(file: string): void;
  /** Removes the whole temporary folder (host shutdown). */
  close(): void;
}

export const DOWNLOAD_PATH_PREFIX = '/download/';
const DEFAULT_TTL_MS = 5 * 60_000;

export function createDownloadShelf(options: { ttlMs?: number; now?: () => number; tmpDir?: string } = {}): DownloadShelf {
  const ttl = options.ttlMs ?? DEFAULT_TTL_MS;
  const now = options.now ?? Date.now;
  const root = fs.mkdtempSync(path.join(options.tmpDir ?? os.tmpdir(), 'worklog-desk-downloads-'));
  fs.chmodSync(root, 0o700);
  const shelf = new Map<string, ShelvedFile & { expires: number }>();

  const discard = (file: string): void => {
    // Each export has its own folder (see chooseExportPath): remove it with the file.
    const dir = path.dirname(file);
    if (path.dirname(dir) !== root) return;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const sweep = (): void => {
    for (const [id, entry] of shelf) {
      if (entry.expires > now()) continue;
      shelf.delete(id);
      discard(entry.file);
    }
  };

  return {
    chooseExportPath: async (suggestedFileName) => {
      sweep();
      // A folder per export: two exports of the same view never share a name.
      const dir = path.join(root, crypto.randomBytes(8).toString('hex'));
      fs.mkdirSync(dir, { mode: 0o700 });
      return { path: path.join(dir, path.basename(suggestedFileName)), replace: false };
    },
    offer(file, fileName) {
      sweep();
      const id = crypto.randomBytes(24).toString('base64url');
      shelf.set(id, { file, fileName, expires: now() + ttl });
      return `${DOWNLOAD_PATH_PREFIX}${id}`;
    },
    take(id) {
      sweep();
      const entry = shelf.get(id);
      if (!entry) return null;
      shelf.delete(id);
      return { file: entry.file, fileName: entry.fileName };
    },
    discard,
    close() {
      shelf.clear();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** `attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
