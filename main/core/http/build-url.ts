import { AppError } from '../errors.js';
import type { QueryValue } from './http-types.js';

/** Resolves the request URL and appends the query (arrays as repeated keys, undefined left out). */
export function buildUrl(raw: string, query: Record<string, QueryValue> | undefined): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('validation', 'The server address is not a valid web address: check it in Settings.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('validation', 'The server address must start with https://: check it in Settings.');
  }
  if (url.username !== '' || url.password !== '') {
    // Credentials belong in headers; fetch rejects them in URLs anyway.
    throw new AppError('validation', 'The server address must not contain a user name or password: remove them in Settings.');
  }
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, String(v));
    else url.searchParams.append(key, String(value));
  }
  return url;
}
