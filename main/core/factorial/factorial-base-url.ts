import { AppError } from '../errors.js';
import { isLoopbackHost } from '../http/loopback.js';

export const DEFAULT_FACTORIAL_BASE_URL = 'https://api.factorialhr.com';

/** factorialhr.com (production, regional hosts) and factorial.dev (Factorial's demo/sandbox). */
const FACTORIAL_HOST = /(^|\.)(factorialhr\.com|factorial\.dev)$/i;

/**
 * The API base without `/api/<version>`: `https://api.factorialhr.com`. Users paste it with or
 * without `/api/...` and a trailing slash. Only Factorial's own hosts are accepted (plus this
 * computer, for test servers): the company-wide API key is sent to whatever address is saved.
 * Empty means the default.
 */
export function normalizeFactorialBaseUrl(input: string | null | undefined): string {
  const typed = (input ?? '').trim();
  if (typed === '') return DEFAULT_FACTORIAL_BASE_URL;
  const hint = `Use ${DEFAULT_FACTORIAL_BASE_URL}.`;
  const invalid = (why: string): AppError => new AppError('validation', `${why} ${hint}`);
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`);
  } catch {
    throw invalid(`"${typed}" is not a Factorial API address.`);
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.username !== '' || url.password !== '') throw invalid('Remove the user name or password from the Factorial address.');
  if (url.search !== '' || url.hash !== '') throw invalid('Remove the part from "?" or "#" on from the Factorial address.');
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) throw invalid('The Factorial address must start with https://.');
  if (!loopback && !FACTORIAL_HOST.test(url.hostname)) throw invalid(`"${typed}" is not a Factorial API address.`);
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api(\/.*)?$/, '');
  if (path !== '' && !loopback) throw invalid('The Factorial address should have no path after the host.');
  return `${url.protocol}//${url.host}${path}`;
}
