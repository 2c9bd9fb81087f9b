import fs from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_SCHEME, isAppUrl } from './app-origin.js';
import { CONTENT_SECURITY_POLICY } from '../core/renderer-assets/content-security-policy.js';
import { mimeTypeOf } from '../core/renderer-assets/mime-types.js';

/**
 * Must run before `app` is ready: only schemes registered this early become "standard" (real
 * origin, relative URLs, web storage) and "secure". `corsEnabled` is deliberately left out: it
 * would let other origins read our files, and the page only ever loads from its own origin.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}


function securityHeaders(extra: Record<string, string> = {}): Headers {
  return new Headers({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
    ...extra,
  });
}

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders({ 'Content-Type': 'text/plain; charset=utf-8' }) });
}

/**
 * Maps an app:// URL to a file under `rootDir`, or null when it must be refused. The URL parser has
 * already folded literal `..` segments, so the dangerous inputs are the encoded ones (`..%2F`,
 * `%5C`, `%00`) that only become separators after decoding — hence decode first, then check.
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!isAppUrl(parsed)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const root = path.resolve(rootDir);
  const full = path.resolve(root, relative);
  const inside = path.relative(root, full);
  if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return full;
}

async function isInside(root: string, file: string): Promise<boolean> {
  // A symlink inside dist/renderer must not lead out of it.
  const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)]);
  const inside = path.relative(realRoot, realFile);
  return !!inside && !inside.startsWith('..') && !path.isAbsolute(inside);
}

async function readRegularFile(root: string, file: string): Promise<Buffer | null> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile() || !(await isInside(root, file))) return null;
    return await fs.readFile(file);
  } catch {
    return null;
  }
}

/**
 * Serves the built renderer. Every response, refusals included, carries the CSP. Extension-less
 * paths that match no file fall back to index.html so client-side routes survive a reload.
 */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
    const file = resolveAppPath(root, request.url);
    if (!file) return refuse(403, 'Forbidden');
    let served = file;
    let body = await readRegularFile(root, file);
    if (!body && path.extname(file) === '') {
      served = path.join(root, 'index.html');
      body = await readRegularFile(root, served);
    }
    if (!body) return refuse(404, 'Not found');
    const headers = securityHeaders({ 'Content-Type': mimeTypeOf(served), 'Content-Length': String(body.byteLength) });
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

/** After `app` is ready: answers app:// requests of the default session from `rootDir`. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}
