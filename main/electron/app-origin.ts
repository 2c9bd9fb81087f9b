/**
 * The one origin the renderer is served from. A privileged standard scheme gives the page a real,
 * stable origin (so `'self'` in the CSP and same-origin checks mean something) without a localhost
 * server any other local process could talk to, and without `file://`, where every file on disk
 * shares one origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'worklog-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True only for URLs on our own origin. Compares scheme and host (host includes any port) instead
 * of `URL.origin`, which is the string "null" for custom schemes in Node; a URL such as
 * `app://worklog-desk@evil/` parses with host "evil" and is refused.
 */
export function isAppUrl(url: string | URL | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
}
