import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventBus } from '../../main/core/event-bus.js';
import { createFileLogger } from '../../main/core/log/file-logger.js';
import type { DownloadShelf } from '../../main/web/download-shelf.js';
import { createDownloadShelf } from '../../main/web/download-shelf.js';
import type { WebHost } from '../../main/web/web-host.js';
import { startWebHost } from '../../main/web/web-host.js';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(port: number, urlPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

let root: string;
let shelf: DownloadShelf;
let host: WebHost;
let clock: number;

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'wd-web-download-'));
  clock = 1_000_000;
  shelf = createDownloadShelf({ tmpDir: root, ttlMs: 60_000, now: () => clock });
  const core = { dispatch: async () => ({ ok: true as const, value: null }), events: createEventBus(), log: createFileLogger(root, { add: () => {}, redact: (t) => t }, { level: 'debug' }) };
  host = await startWebHost({ core, staticDir: root, port: 0, downloads: shelf });
});

afterEach(async () => {
  await host.close();
  shelf.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** Writes a file where the export would, and shelves it. */
async function shelve(name: string, content: string): Promise<{ url: string; file: string }> {
  const dest = await shelf.chooseExportPath(name, 'csv');
  if (!dest) throw new Error('no destination');
  expect(dest.replace).toBe(false);
  fs.writeFileSync(dest.path, content);
  return { url: shelf.offer(dest.path, name), file: dest.path };
}

describe('browser host downloads', () => {
  it('sends a shelved export once, as an attachment with its exact name, then deletes it', async () => {
    const name = 'worklogs-Zoë-2026-11-01.csv';
    const { url, file } = await shelve(name, '\ufeffDate,Hours\n2026-11-02,7.5\n');
    expect(url).toMatch(/^\/download\/[A-Za-z0-9_-]{32}$/);
    // Private, and not in any data folder.
    expect(fs.statSync(path.dirname(path.dirname(file))).mode & 0o777).toBe(0o700);

    const r = await get(host.port, url, { 'sec-fetch-site': 'same-origin' });
    expect(r.status).toBe(200);
    expect(r.headers['content-disposition']).toBe(`attachment; filename="worklogs-Zo_-2026-11-01.csv"; filename*=UTF-8''${encodeURIComponent(name)}`);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.body.toString('utf8')).toBe('\ufeffDate,Hours\n2026-11-02,7.5\n');
    await expect.poll(() => fs.existsSync(file)).toBe(false);

    const again = await get(host.port, url);
    expect(again.status).toBe(404);
    expect(again.body.toString('utf8')).toContain('export it again');
  });

  it('refuses other sites, unknown ids and expired downloads', async () => {
    const { url, file } = await shelve('a.xlsx', 'xlsx bytes');
    expect((await get(host.port, url, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await get(host.port, '/download/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await get(host.port, '/download/../secret')).status).toBe(404);
    // The refused cross-site request did not use it up; a late one finds it expired and gone.
    clock += 61_000;
    expect((await get(host.port, url)).status).toBe(404);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('gives each export its own folder, so the same name twice never collides', async () => {
    const a = await shelve('same.csv', 'one');
    const b = await shelve('same.csv', 'two');
    expect(a.file).not.toBe(b.file);
    expect((await get(host.port, b.url)).body.toString()).toBe('two');
    expect((await get(host.port, a.url)).body.toString()).toBe('one');
  });
});
