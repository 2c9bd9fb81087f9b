import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { mimeTypeOf } from '../core/renderer-assets/mime-types.js';

/**
 * Maps a URL path to a file inside `root`, or null. Refuses anything that would leave the folder
 * (`..`, encoded or not), NUL bytes, backslashes (Windows separators) and dotfiles.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (relative.split('/').some((segment) => segment.startsWith('.'))) return null;
  const absoluteRoot = path.resolve(root);
  const file = path.resolve(absoluteRoot, relative);
  if (file !== absoluteRoot && !file.startsWith(absoluteRoot + path.sep)) return null;
  return file;
}

/** Streams a regular file with its type; resolves false when there is no such file (caller sends 404). */
export async function sendStaticFile(res: ServerResponse, file: string, headOnly: boolean): Promise<boolean> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch {
    return false;
  }
  if (!stat.isFile()) return false;
  // Vite fingerprints everything under assets/, so those never change; index.html must be re-read.
  const immutable = /[\\/]assets[\\/]/.test(file);
  res.writeHead(200, {
    'content-type': mimeTypeOf(file),
    'content-length': stat.size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-store',
  });
  if (headOnly) {
    res.end();
    return true;
  }
  await new Promise<void>((resolve) => {
    const stream = fs.createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      resolve();
    });
    stream.on('end', resolve);
    stream.pipe(res);
  });
  return true;
}
