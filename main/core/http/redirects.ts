/**
 * Redirects are followed by hand (fetch's `redirect: 'manual'`), because every request we send
 * carries a token: fetch would resend the Authorization header to wherever a Location points, and a
 * compromised or misconfigured server could send it to a host of its choosing. Only redirects that
 * stay on the request's own origin (scheme + host + port) are followed, at most MAX_REDIRECTS times.
 */
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export const isRedirectStatus = (status: number): boolean => REDIRECT_STATUSES.has(status);

/** Where a redirect answer points, resolved against the URL that answered; null without a usable Location. */
export function redirectTarget(from: URL, location: string | null): URL | null {
  if (location === null || location.trim() === '') return null;
  try {
    return new URL(location, from);
  } catch {
    return null;
  }
}

/** Fetch's rule: 303, and 301/302 after a POST, continue as a GET without a body. */
export function methodAfterRedirect(status: number, method: string): string {
  if (status === 303 && method !== 'HEAD') return 'GET';
  if ((status === 301 || status === 302) && method === 'POST') return 'GET';
  return method;
}

/** The target as shown to the user: origin and path, never a query (it may hold personal data). */
export const describeTarget = (target: URL): string => `${target.origin}${target.pathname}`;
