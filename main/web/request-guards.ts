import type { IncomingMessage } from 'node:http';

/**
 * Checks that keep other web pages and other machines away from the loopback API. The browser host
 * listens on 127.0.0.1 only; these add the defences a local port needs against the browser itself:
 * DNS rebinding (a foreign name resolving to 127.0.0.1 → wrong Host) and cross-site requests
 * (wrong Origin / Sec-Fetch-Site). The secret token is checked separately.
 */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((h) => `http://${h}`);
}

export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host?.toLowerCase();
  return host !== undefined && allowedHosts(port).includes(host);
}

/** Absent Origin is fine (same-origin GETs such as EventSource send none); a present one must be ours. */
export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return allowedOrigins(port).includes(origin.toLowerCase());
}

/** Fetch metadata, where the browser sends it: only our own pages (or a typed URL) may call the API. */
export function fetchSiteAllowed(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

export function isJsonContentType(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (!type) return false;
  return type.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
