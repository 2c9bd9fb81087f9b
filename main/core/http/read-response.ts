import type { ZodType } from 'zod';
import type { Failure } from './http-failure.js';

export type ReadResult<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export function isJsonContentType(contentType: string): boolean {
  const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return mime === 'application/json' || mime.endsWith('+json') || mime === 'text/json';
}

export function looksLikeHtml(contentType: string, text: string): boolean {
  return /html/i.test(contentType) || /^\s*</.test(text);
}

/**
 * Checks a 2xx answer in the order that gives the truest message: empty, content type (an HTML
 * login wall or proxy page answers 200 too), JSON syntax, then the schema. Schemas should be
 * loose (extra fields allowed): APIs add fields all the time and that must not break a sync.
 */
export function readSuccess<T>(status: number, contentType: string, text: string, schema: ZodType<T>, expectEmpty: boolean): ReadResult<T> {
  if (status === 204 || text.trim() === '') {
    if (!expectEmpty) return { ok: false, failure: { kind: 'bad_response', reason: 'empty', status, contentType } };
    return validate(undefined, status, contentType, schema);
  }
  if (!isJsonContentType(contentType)) {
    const reason = looksLikeHtml(contentType, text) ? 'html' : 'not_json';
    return { ok: false, failure: { kind: 'bad_response', reason, status, contentType } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, failure: { kind: 'bad_response', reason: 'invalid_json', status, contentType } };
  }
  return validate(json, status, contentType, schema);
}

function validate<T>(value: unknown, status: number, contentType: string, schema: ZodType<T>): ReadResult<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  // Paths and zod's own wording only: never the received values, which may be personal data.
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
  return { ok: false, failure: { kind: 'bad_response', reason: 'schema', status, contentType, issues } };
}

/** Parses an error body only when it claims to be JSON; anything else yields undefined. */
export function parseErrorBody(contentType: string, text: string): unknown {
  if (!isJsonContentType(contentType) || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
