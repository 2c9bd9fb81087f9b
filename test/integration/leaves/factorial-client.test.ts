import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createFactorialClient, FACTORIAL_API_VERSION } from '../../../main/core/factorial/factorial-client.js';
import { normalizeFactorialBaseUrl } from '../../../main/core/factorial/factorial-base-url.js';
import type { FakeFactorial } from '../../fakes/fake-factorial.js';
import { startFakeFactorial } from '../../fakes/fake-factorial.js';
import type { FactorialLeaveJson } from '../../fakes/fake-factorial.js';
import { testHttp } from './leaves-kit.js';

const KEY = `fk_${randomBytes(24).toString('base64url')}`;

const leave = (id: number, over: Partial<FactorialLeaveJson> = {}): FactorialLeaveJson => ({
  id,
  employee_id: 1,
  start_on: '2026-11-02',
  finish_on: '2026-11-02',
  half_day: null,
  leave_type_id: 1,
  leave_type_name: 'Vacation',
  approved: true,
  deleted_at: null,
  updated_at: '2026-10-01T00:00:00Z',
  ...over,
});

describe('Factorial client against the fake dated API', () => {
  let fake: FakeFactorial | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('follows cursor pages past short pages, under the pinned version, with x-api-key', async () => {
    const employees = Array.from({ length: 23 }, (_, i) => ({ id: 100 + i, email: `p${i}@x.example`, full_name: `Person ${i}`, extra_field: { nested: true } }));
    fake = await startFakeFactorial({ apiKeys: [KEY], employees, pageLimit: 4 });
    const client = createFactorialClient(testHttp(), { baseUrl: fake.url, apiKey: async () => KEY });
    const got = await client.employees();
    expect(got.map((e) => e.id)).toEqual(employees.map((e) => e.id));
    expect(got[0]).toEqual({ id: 100, email: 'p0@x.example', fullName: 'Person 0' });
    expect(fake.requests).toHaveLength(6); // 23 items, 4 per page
    expect(fake.requests.every((r) => r.path === `/api/${FACTORIAL_API_VERSION}/resources/employees/employees` && r.query.limit === '100')).toBe(true);
    expect(fake.requests[0]?.query.after_id).toBeUndefined();
    expect(fake.requests[1]?.query.after_id).toEqual(expect.any(String));
  });

  it('filters employees by emails[] and ids[]', async () => {
    fake = await startFakeFactorial({ apiKeys: [KEY], employees: [1, 2, 3].map((id) => ({ id, email: `e${id}@x.example`, full_name: `E ${id}` })) });
    const client = createFactorialClient(testHttp(), { baseUrl: fake.url, apiKey: async () => KEY });
    expect((await client.employees({ emails: ['e2@x.example'] })).map((e) => e.id)).toEqual([2]);
    expect((await client.employees({ ids: [1, 3] })).map((e) => e.id)).toEqual([1, 3]);
  });

  it('reads half days in our words, pending and deleted leaves, and multi-day leaves', async () => {
    fake = await startFakeFactorial({
      apiKeys: [KEY],
      leaves: [
        leave(1, { half_day: 'beggining_of_day' }),
        leave(2, { half_day: 'end_of_day' }),
        leave(3, { approved: false, start_on: '2026-10-30', finish_on: '2026-11-03' }),
        leave(4, { approved: null }),
        leave(5, { deleted_at: '2026-10-31T00:00:00Z' }),
        leave(6, { start_on: '2026-12-01', finish_on: '2026-12-02' }),
      ],
      pageLimit: 2,
    });
    const client = createFactorialClient(testHttp(), { baseUrl: fake.url, apiKey: async () => KEY });
    const withDeleted = await client.leaves({ from: '2026-11-01', to: '2026-11-30', includeDeleted: true });
    expect(withDeleted.map((l) => [l.id, l.halfDay, l.approved, l.deleted])).toEqual([
      [1, 'morning', true, false],
      [2, 'afternoon', true, false],
      [3, null, false, false],
      [4, null, false, false],
      [5, null, true, true],
    ]);
    expect(withDeleted[2]).toMatchObject({ from: '2026-10-30', to: '2026-11-03', leaveTypeName: 'Vacation' });
    expect((await client.leaves({ from: '2026-11-01', to: '2026-11-30' })).map((l) => l.id)).toEqual([1, 2, 3, 4]);
    expect(fake.requests.at(-1)?.query).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
  });

  it('waits out a 429 and carries on', async () => {
    fake = await startFakeFactorial({ apiKeys: [KEY], leaves: [leave(1), leave(2)], pageLimit: 1 });
    fake.faults.inject({ kind: 'rate-limit', retryAfter: 0 }, { match: /timeoff\/leaves/, times: 2 });
    const client = createFactorialClient(testHttp(), { baseUrl: fake.url, apiKey: async () => KEY });
    expect((await client.leaves({ from: '2026-11-01', to: '2026-11-30' })).map((l) => l.id)).toEqual([1, 2]);
    expect(fake.requests.filter((r) => r.status === 429)).toHaveLength(2);
  });

  it('fails with an auth error (and no key in the message) on a wrong key, and before any request without one', async () => {
    fake = await startFakeFactorial({ apiKeys: [KEY] });
    const wrong = `fk_${randomBytes(24).toString('base64url')}`;
    const bad = createFactorialClient(testHttp(), { baseUrl: fake.url, apiKey: async () => wrong });
    const err = (await bad.check().then(
      () => new Error('no error'),
      (e: unknown) => e as Error,
    )) as Error & { code?: string };
    expect(err.code).toBe('auth');
    expect(err.message).toMatch(/Factorial API key/);
    expect(err.message).not.toContain(wrong);
    const none = createFactorialClient(testHttp(), { baseUrl: fake.url, apiKey: async () => null });
    await expect(none.check()).rejects.toMatchObject({ code: 'auth' });
    expect(fake.requests).toHaveLength(1);
  });

  it('refuses a cursor that repeats', async () => {
    fake = await startFakeFactorial({ apiKeys: [KEY], employees: [{ id: 1, email: null, full_name: 'A' }] });
    // A server whose cursor never moves: answer every page with has_next_page and the same cursor.
    const http = testHttp();
    const looping = { ...http, request: async <T>(_req: Parameters<typeof http.request<T>>[0]): Promise<T> => ({ data: [], meta: { has_next_page: true, end_cursor: 'same' } }) as T };
    const client = createFactorialClient(looping, { baseUrl: fake.url, apiKey: async () => KEY });
    await expect(client.employees()).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('accepts only Factorial hosts (or this computer) as the address', () => {
    expect(normalizeFactorialBaseUrl('')).toBe('https://api.factorialhr.com');
    expect(normalizeFactorialBaseUrl('api.factorialhr.com/api/2026-07-01/')).toBe('https://api.factorialhr.com');
    expect(normalizeFactorialBaseUrl('http://127.0.0.1:4000')).toBe('http://127.0.0.1:4000');
    expect(() => normalizeFactorialBaseUrl('https://evil.example.com')).toThrow(/not a Factorial API address/);
    expect(() => normalizeFactorialBaseUrl('http://api.factorialhr.com')).toThrow(/https/);
  });
});
