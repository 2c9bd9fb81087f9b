import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/errors.js';
import { createEventBus } from '../../main/core/event-bus.js';
import { createFileLogger } from '../../main/core/log/file-logger.js';
import { CONTENT_SECURITY_POLICY } from '../../main/core/renderer-assets/content-security-policy.js';
import type { WebHost, WebHostCore } from '../../main/web/web-host.js';
import { startWebHost, TOKEN_HEADER } from '../../main/web/web-host.js';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw node:http, because fetch won't let a test forge Host or send `..` in a path. */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const json = (r: Reply): Result<unknown> => JSON.parse(r.body) as Result<unknown>;

let root: string;
let staticDir: string;
let dataDir: string;
let host: WebHost;
let dispatch: ReturnType<typeof vi.fn<WebHostCore['dispatch']>>;
let core: WebHostCore & { events: ReturnType<typeof createEventBus> };

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'wd-web-host-'));
  staticDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Worklog Desk</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app-1234.js'), 'console.log(1)');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app-1234.css'), 'body{}');
  fs.writeFileSync(path.join(staticDir, '.env'), 'SECRET=1');
  // Outside the served folder: must never be reachable.
  fs.writeFileSync(path.join(root, 'secret.txt'), 'top secret');
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(root, 'data-'));
  dispatch = vi.fn<WebHostCore['dispatch']>(async (channel, input) => ({ ok: true, value: { channel, input } }));
  // Deliberately no redactor: the host itself must never write the secret anywhere.
  core = { dispatch, events: createEventBus(), log: createFileLogger(dataDir, { add: () => {}, redact: (t) => t }, { level: 'debug' }) };
  host = await startWebHost({ core, staticDir, port: 0 });
});

afterEach(async () => {
  await host.close();
});

const goodHeaders = (): Record<string, string> => ({
  host: `127.0.0.1:${host.port}`,
  'content-type': 'application/json',
  [TOKEN_HEADER]: host.token,
});

describe('browser host', () => {
  it('binds to 127.0.0.1 and hands out the secret only in the URL fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('dispatches a request with the right secret and returns the Result as JSON', async () => {
    const r = await send(host.port, { method: 'POST', path: '/rpc/instances.list', headers: goodHeaders(), body: '{}' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('application/json');
    expect(json(r)).toEqual({ ok: true, value: { channel: 'instances.list', input: {} } });
    expect(dispatch).toHaveBeenCalledWith('instances.list', {});
  });

  it('accepts localhost as the Host name too', async () => {
    const r = await send(host.port, { method: 'POST', path: '/rpc/app.info', headers: { ...goodHeaders(), host: `localhost:${host.port}` }, body: '{}' });
    expect(r.status).toBe(200);
  });

  it.each([
    ['missing', undefined],
    ['wrong', 'not-the-token'],
    ['almost right', 'x'],
  ])('refuses a %s secret with 401 and never dispatches', async (_label, token) => {
    const headers = goodHeaders();
    if (token === undefined) delete headers[TOKEN_HEADER];
    else headers[TOKEN_HEADER] = token === 'x' ? host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A') : token;
    const r = await send(host.port, { method: 'POST', path: '/rpc/instances.list', headers, body: '{}' });
    expect(r.status).toBe(401);
    expect(json(r)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses the secret in the query for requests (only the event stream may use it)', async () => {
    const headers = goodHeaders();
    delete headers[TOKEN_HEADER];
    const r = await send(host.port, { method: 'POST', path: `/rpc/instances.list?token=${host.token}`, headers, body: '{}' });
    expect(r.status).toBe(401);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each(['evil.example:80', `evil.example:${0}`, 'attacker.test', `127.0.0.1:1`, `[::1]:${0}`])('refuses a foreign Host header (%s) — DNS rebinding', async (hostHeader) => {
    const value = hostHeader.replace(':0', `:${host.port}`);
    const r = await send(host.port, { method: 'POST', path: '/rpc/instances.list', headers: { ...goodHeaders(), host: value }, body: '{}' });
    expect(r.status).toBe(403);
    expect(dispatch).not.toHaveBeenCalled();
    const page = await send(host.port, { path: '/', headers: { host: value } });
    expect(page.status).toBe(403);
  });

  it('refuses a foreign Origin even with the right secret', async () => {
    for (const origin of ['https://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null']) {
      const r = await send(host.port, { method: 'POST', path: '/rpc/instances.list', headers: { ...goodHeaders(), origin }, body: '{}' });
      expect(r.status).toBe(403);
    }
    expect(dispatch).not.toHaveBeenCalled();
    const ours = await send(host.port, { method: 'POST', path: '/rpc/instances.list', headers: { ...goodHeaders(), origin: `http://127.0.0.1:${host.port}` }, body: '{}' });
    expect(ours.status).toBe(200);
  });

  it('refuses cross-site fetch metadata', async () => {
    const r = await send(host.port, { method: 'POST', path: '/rpc/instances.list', headers: { ...goodHeaders(), 'sec-fetch-site': 'cross-site' }, body: '{}' });
    expect(r.status).toBe(403);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers malformed JSON with a validation Result', async () => {
    const r = await send(host.port, { method: 'POST', path: '/rpc/instances.add', headers: goodHeaders(), body: '{"name": "alpha",' });
    expect(r.status).toBe(400);
    expect(json(r)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a body that is not declared as JSON (form posts can be sent cross-site without preflight)', async () => {
    const r = await send(host.port, { method: 'POST', path: '/rpc/instances.list', headers: { ...goodHeaders(), 'content-type': 'text/plain' }, body: '{}' });
    expect(r.status).toBe(415);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers an unknown channel with forbidden, without dispatching', async () => {
    for (const channel of ['nope', '__proto__', 'constructor', 'instances.list%00']) {
      const r = await send(host.port, { method: 'POST', path: `/rpc/${channel}`, headers: goodHeaders(), body: '{}' });
      expect(r.status).toBe(200);
      expect(json(r)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses GET on a channel', async () => {
    const r = await send(host.port, { method: 'GET', path: '/rpc/instances.list', headers: goodHeaders() });
    expect(r.status).toBe(405);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) });
    const r = await send(host.port, { method: 'POST', path: '/rpc/instances.add', headers: goodHeaders(), body: big });
    expect(r.status).toBe(413);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses an over-long chunked body (no Content-Length) with 413', async () => {
    const r = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: host.port, method: 'POST', path: '/rpc/instances.add', headers: { ...goodHeaders(), 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(256 * 1024, 'a');
      for (let i = 0; i < 5; i++) req.write(chunk);
      req.end();
    });
    expect(r).toBe(413);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('serves index.html for / and assets with their types and the same CSP as the page', async () => {
    const index = await send(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    expect(index.body).toContain('Worklog Desk');

    const js = await send(host.port, { path: '/assets/app-1234.js', headers: { host: `127.0.0.1:${host.port}` } });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await send(host.port, { path: '/assets/app-1234.css', headers: { host: `127.0.0.1:${host.port}` } });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('keeps the CSP header identical to the <meta> CSP in renderer/index.html', () => {
    const html = fs.readFileSync(path.resolve('renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%5csecret.txt', '/.env', '/assets/%00.js', '/%E0%A4%A'])(
    'refuses path traversal and dotfiles on static files (%s) with 404',
    async (p) => {
      const r = await send(host.port, { path: p, headers: { host: `127.0.0.1:${host.port}` } });
      expect([400, 404]).toContain(r.status);
      expect(r.body).not.toContain('top secret');
      expect(r.body).not.toContain('SECRET=1');
    },
  );

  it('answers 404 for a missing file and refuses writes to static paths', async () => {
    expect((await send(host.port, { path: '/nope.js', headers: { host: `127.0.0.1:${host.port}` } })).status).toBe(404);
    expect((await send(host.port, { method: 'PUT', path: '/index.html', headers: { host: `127.0.0.1:${host.port}` }, body: 'x' })).status).toBe(405);
  });

  it('delivers an emitted core event over Server-Sent Events', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: host.port, path: `/events?token=${encodeURIComponent(host.token)}`, headers: { host: `127.0.0.1:${host.port}` } }, (res) => {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toContain('text/event-stream');
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          if (buffer.includes(': connected')) {
            if (!buffer.includes('data:')) core.events.emit('instances.changed', {});
            else {
              const line = buffer.split('\n').find((l) => l.startsWith('data: '));
              req.destroy();
              resolve(line ?? '');
            }
          }
        });
      });
      req.on('error', (e) => {
        if ((e as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(e);
      });
    });
    expect(JSON.parse(received.slice('data: '.length))).toEqual({ event: 'instances.changed', payload: {} });
  });

  it('refuses the event stream without the secret, or with a wrong one', async () => {
    for (const query of ['', '?token=', '?token=wrong']) {
      const r = await send(host.port, { path: `/events${query}`, headers: { host: `127.0.0.1:${host.port}` } });
      expect(r.status).toBe(401);
    }
    const foreign = await send(host.port, { path: `/events?token=${host.token}`, headers: { host: 'evil.example' } });
    expect(foreign.status).toBe(403);
  });

  it('closes open event streams when it stops', async () => {
    const ended = new Promise<void>((resolve) => {
      http.get({ host: '127.0.0.1', port: host.port, path: `/events?token=${host.token}` }, (res) => {
        res.resume();
        res.on('end', resolve);
        res.on('close', resolve);
        setTimeout(() => void host.close(), 50);
      });
    });
    await expect(ended).resolves.toBeUndefined();
  });

  it('never writes the secret to the log files', async () => {
    const bad = goodHeaders();
    bad[TOKEN_HEADER] = 'wrong';
    await send(host.port, { method: 'POST', path: '/rpc/instances.list', headers: bad, body: '{}' });
    await send(host.port, { method: 'POST', path: '/rpc/nope', headers: goodHeaders(), body: '{}' });
    await send(host.port, { method: 'POST', path: `/rpc/x?token=${host.token}`, headers: { host: 'evil.example' }, body: '{}' });
    await send(host.port, { path: `/events?token=${host.token}`, headers: { host: 'evil.example' } });
    await send(host.port, { path: `/events?token=${host.token}`, headers: { host: `127.0.0.1:${host.port}`, origin: 'https://evil.example' } });
    await send(host.port, { path: `/events?token=${host.token}x` });
    await send(host.port, { method: 'POST', path: '/rpc/instances.add', headers: goodHeaders(), body: 'x'.repeat(1024 * 1024 + 1) });
    await host.close();

    const logDir = path.join(dataDir, 'logs');
    const files = fs.readdirSync(logDir);
    expect(files.length).toBeGreaterThan(0);
    const text = files.map((f) => fs.readFileSync(path.join(logDir, f), 'utf8')).join('\n');
    expect(text).toContain('web host refused a request');
    expect(text).not.toContain(host.token);
    expect(text).not.toContain(host.token.slice(0, 16));
  });

  it('fails in plain words when the port is taken', async () => {
    await expect(startWebHost({ core, staticDir, port: host.port })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining(`Port ${host.port} is already in use`) });
  });
});
