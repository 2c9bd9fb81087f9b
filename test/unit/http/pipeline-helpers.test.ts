import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { basicAuth, bearer } from '../../../main/core/http/auth-headers.js';
import { fullJitterDelay } from '../../../main/core/http/backoff.js';
import { buildUrl } from '../../../main/core/http/build-url.js';
import { classifyNetworkError } from '../../../main/core/http/network-error.js';
import { readSuccess } from '../../../main/core/http/read-response.js';
import { REDACTED, makeRedactor, secretsFromHeaders } from '../../../main/core/http/redact.js';
import { extractServerMessages } from '../../../main/core/http/server-messages.js';

describe('auth headers', () => {
  it('builds Basic from email:token and Bearer from a token', () => {
    expect(basicAuth('ada@example.com', 's3cr3t')).toBe(`Basic ${Buffer.from('ada@example.com:s3cr3t').toString('base64')}`);
    expect(bearer('abc')).toBe('Bearer abc');
  });
});

describe('fullJitterDelay', () => {
  it('stays within [0, min(cap, base * 2^(retry-1))]', () => {
    expect(fullJitterDelay(1, 100, 10_000, () => 0.999)).toBe(99);
    expect(fullJitterDelay(3, 100, 10_000, () => 0.999)).toBe(399);
    expect(fullJitterDelay(20, 100, 1000, () => 0.999)).toBe(999);
    expect(fullJitterDelay(5, 100, 10_000, () => 0)).toBe(0);
    for (let i = 0; i < 100; i++) {
      const d = fullJitterDelay(4, 10, 1000);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThan(80);
    }
  });
});

describe('redaction', () => {
  it('finds the token inside a Basic header and removes every form of it', () => {
    // A fabricated Atlassian-shaped token, split so secret scanners don't take the fixture for a leak.
    const token = 'ATA' + 'TT3xFfGF0-distinctive-token';
    const secrets = secretsFromHeaders({ Authorization: basicAuth('ada@example.com', token), Accept: 'application/json' });
    const redact = makeRedactor(secrets);
    const header = basicAuth('ada@example.com', token);
    const out = redact(`echo: ${header} / ${token} / ada@example.com:${token}`);
    expect(out).not.toContain(token);
    expect(out).not.toContain(header.slice(6));
    expect(out).toContain(REDACTED);
    expect(out).toContain('echo:');
  });

  it('covers Bearer and api-key headers', () => {
    const redact = makeRedactor(secretsFromHeaders({ Authorization: bearer('tempo-token-xyz'), 'x-api-key': 'factorial-key-123' }));
    expect(redact('a tempo-token-xyz b factorial-key-123')).toBe(`a ${REDACTED} b ${REDACTED}`);
  });
});

describe('extractServerMessages', () => {
  it('reads Jira, Tempo and generic error bodies', () => {
    expect(extractServerMessages({ errorMessages: ['Issue does not exist.'], errors: { project: 'Project is required.' } })).toEqual([
      'Issue does not exist.',
      'project: Project is required.',
    ]);
    expect(extractServerMessages({ errors: { message: "'date' must be valid" } })).toEqual(["'date' must be valid"]);
    expect(extractServerMessages({ errors: [{ message: 'a' }, 'b'] })).toEqual(['a', 'b']);
    expect(extractServerMessages({ message: '  spaced\n out  ' })).toEqual(['spaced out']);
    expect(extractServerMessages('plain')).toEqual([]);
    expect(extractServerMessages(null)).toEqual([]);
  });
});

describe('classifyNetworkError', () => {
  const nodeError = (code: string): Error => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });

  it('tells a lookup failure, a refusal, a reset and TLS apart (Node and Electron shapes)', () => {
    expect(classifyNetworkError(nodeError('ENOTFOUND'))).toMatchObject({ reason: 'dns', transient: false });
    expect(classifyNetworkError(nodeError('EAI_AGAIN'))).toMatchObject({ reason: 'dns', transient: true });
    expect(classifyNetworkError(nodeError('ECONNREFUSED'))).toMatchObject({ reason: 'refused', transient: true });
    expect(classifyNetworkError(nodeError('UND_ERR_SOCKET'))).toMatchObject({ reason: 'reset' });
    expect(classifyNetworkError(nodeError('CERT_HAS_EXPIRED'))).toMatchObject({ reason: 'tls', transient: false });
    expect(classifyNetworkError(new Error('net::ERR_NAME_NOT_RESOLVED'))).toMatchObject({ reason: 'dns' });
    expect(classifyNetworkError(new Error('net::ERR_CONNECTION_REFUSED'))).toMatchObject({ reason: 'refused' });
    expect(classifyNetworkError(new Error('weird'))).toMatchObject({ reason: 'other', transient: true });
  });
});

describe('buildUrl', () => {
  it('appends query values, repeats arrays and skips undefined', () => {
    const url = buildUrl('https://x.atlassian.net/rest/api/3/user/bulk?startAt=0', { accountId: ['a', 'b'], maxResults: 50, skip: undefined, flag: true });
    expect(url.search).toBe('?startAt=0&accountId=a&accountId=b&maxResults=50&flag=true');
  });

  it('rejects non-http URLs and URLs with credentials', () => {
    expect(() => buildUrl('ftp://x.example', undefined)).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(() => buildUrl('https://u:p@x.example', undefined)).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(() => buildUrl('not a url', undefined)).toThrow(expect.objectContaining({ code: 'validation' }));
  });
});

describe('readSuccess', () => {
  const schema = z.looseObject({ id: z.string() });

  it('accepts JSON with extra fields', () => {
    expect(readSuccess(200, 'application/json;charset=UTF-8', '{"id":"1","extra":true}', schema, false)).toEqual({ ok: true, value: { id: '1', extra: true } });
  });

  it('checks emptiness, content type, syntax and shape in that order', () => {
    expect(readSuccess(204, '', '', schema, false)).toMatchObject({ ok: false, failure: { reason: 'empty' } });
    expect(readSuccess(204, '', '', z.undefined(), true)).toEqual({ ok: true, value: undefined });
    expect(readSuccess(200, 'text/html', '<html></html>', schema, false)).toMatchObject({ ok: false, failure: { reason: 'html' } });
    expect(readSuccess(200, '', '<!DOCTYPE html>', schema, false)).toMatchObject({ ok: false, failure: { reason: 'html' } });
    expect(readSuccess(200, 'text/plain', 'hello', schema, false)).toMatchObject({ ok: false, failure: { reason: 'not_json' } });
    expect(readSuccess(200, 'application/json', '{"id":', schema, false)).toMatchObject({ ok: false, failure: { reason: 'invalid_json' } });
    const bad = readSuccess(200, 'application/json', '{"id":42}', schema, false);
    expect(bad).toMatchObject({ ok: false, failure: { reason: 'schema' } });
    if (!bad.ok && bad.failure.kind === 'bad_response') {
      expect(bad.failure.issues).toContain('id');
      expect(bad.failure.issues).not.toContain('42');
    }
  });
});
