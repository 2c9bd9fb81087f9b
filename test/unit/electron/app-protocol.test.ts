import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { protocol, resetElectronFake } from './electron-fake.js';

vi.mock('electron', () => import('./electron-fake.js'));

const { createAppRequestHandler, registerAppScheme, resolveAppPath, serveAppProtocol } = await import('../../../main/electron/app-protocol.js');
const { CONTENT_SECURITY_POLICY } = await import('../../../main/core/renderer-assets/content-security-policy.js');

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let base: string;
let root: string;
let handle: (request: Request) => Promise<Response>;
const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'wd-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'app-1234.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'assets', 'font.woff2'), 'w');
  fs.writeFileSync(path.join(root, 'assets', 'blob.xyz'), 'b');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  handle = createAppRequestHandler(root);
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
beforeEach(() => resetElectronFake());

describe('app:// scheme registration', () => {
  it('is standard, secure and fetch-capable, and not CORS-open or CSP-bypassing', () => {
    registerAppScheme(protocol as never);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the given folder under the app scheme', async () => {
    serveAppProtocol(protocol as never, root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handle.mock.calls[0]?.[1] as (r: Request) => Promise<Response>;
    expect(await (await handler(new Request('app://worklog-desk/index.html'))).text()).toContain('<title>app</title>');
  });
});

describe('app:// request handler', () => {
  it('serves index.html for the root with the strict CSP', async () => {
    const res = await get('app://worklog-desk/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>app</title>');
  });

  it('answers with the right MIME type per extension', async () => {
    expect((await get('app://worklog-desk/assets/app-1234.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://worklog-desk/assets/app-1234.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://worklog-desk/assets/font.woff2')).headers.get('content-type')).toBe('font/woff2');
    expect((await get('app://worklog-desk/assets/blob.xyz')).headers.get('content-type')).toBe('application/octet-stream');
  });

  it('refuses encoded traversal out of the folder, with the CSP still set', async () => {
    for (const url of [
      'app://worklog-desk/..%2Fsecret.txt',
      'app://worklog-desk/assets/..%2F..%2Fsecret.txt',
      'app://worklog-desk/%2e%2e%2fsecret.txt',
      'app://worklog-desk/..%5Csecret.txt',
      'app://worklog-desk/index.html%00.png',
      'app://worklog-desk/%E0%A4%A',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(403);
      expect(res.headers.get('content-security-policy'), url).toBe(EXPECTED_CSP);
      expect(await res.text(), url).not.toContain('TOP SECRET');
    }
  });

  it('keeps literal ../ inside the folder (the URL parser folds it) and never reads outside', async () => {
    const res = await get('app://worklog-desk/../../secret.txt');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('TOP SECRET');
  });

  it('does not follow a symlink out of the folder', async () => {
    const res = await get('app://worklog-desk/assets/link.txt');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('TOP SECRET');
  });

  it('refuses other hosts and other schemes', async () => {
    expect((await get('app://other-host/index.html')).status).toBe(403);
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'app://worklog-desk@evil/index.html')).toBeNull();
  });

  it('falls back to index.html for client routes but 404s missing files', async () => {
    const route = await get('app://worklog-desk/instances/settings');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>app</title>');
    const missing = await get('app://worklog-desk/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('app://worklog-desk/index.html', 'POST')).status).toBe(405);
    const head = await get('app://worklog-desk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
