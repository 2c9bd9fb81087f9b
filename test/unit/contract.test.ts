import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, channels } from '../../shared/contract.js';
import type { Handlers } from '../../main/core/dispatch.js';
import { dispatch } from '../../main/core/dispatch.js';
import { AppError } from '../../main/core/errors.js';

function spyHandlers(impl?: () => Promise<unknown>): { handlers: Handlers; calls: string[] } {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    CHANNEL_NAMES.map((name) => [
      name,
      vi.fn(async () => {
        calls.push(name);
        return impl ? impl() : { fine: true };
      }),
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

// Shapes a buggy or hostile renderer could send. None is a valid input for any channel.
const MALFORMED: unknown[] = [null, 42, 'instances', [], [{}], true, { __proto__: { id: 1 }, unexpected: 'field' }, { id: 42, url: {}, name: ['x'] }];

describe('contract validation on every channel', () => {
  it.each(CHANNEL_NAMES)('%s rejects malformed inputs with a validation error, never reaching the service', async (name) => {
    const { handlers, calls } = spyHandlers();
    for (const input of MALFORMED) {
      const result = await dispatch(handlers, name, input);
      expect(result.ok, `${name} accepted ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('validation');
        expect(result.error.message.length).toBeGreaterThan(5);
      }
    }
    expect(calls).toEqual([]);
  });

  it('accepts a well-formed input and returns the value wrapped in {ok, value}', async () => {
    const { handlers, calls } = spyHandlers();
    expect(await dispatch(handlers, 'instances.list', {})).toEqual({ ok: true, value: { fine: true } });
    expect(await dispatch(handlers, 'instances.remove', { id: '6f1c1f7e-3a77-4a8e-9a43-2d1b3c1e9b10' })).toEqual({ ok: true, value: { fine: true } });
    expect(calls).toEqual(['instances.list', 'instances.remove']);
  });

  it('names the offending field in plain words', async () => {
    const { handlers } = spyHandlers();
    const r = await dispatch(handlers, 'instances.add', { name: 'alpha', url: 'https://a.atlassian.net', email: 'not-an-email', jiraToken: 't' });
    expect(r).toEqual({ ok: false, error: { code: 'validation', message: expect.stringMatching(/^email: Enter the email address/) } });
  });

  it('refuses unknown channels as forbidden', async () => {
    const { handlers, calls } = spyHandlers();
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
      const r = await dispatch(handlers, name, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
  });

  it('passes an AppError through as {code, message} and hides anything else', async () => {
    const appErr = spyHandlers(async () => {
      throw new AppError('auth', 'Jira rejected the token for "alpha".');
    });
    expect(await dispatch(appErr.handlers, 'instances.list', {})).toEqual({ ok: false, error: { code: 'auth', message: 'Jira rejected the token for "alpha".' } });

    const raw = spyHandlers(async () => {
      throw new Error('SQLITE_IOERR at /home/secret/path with token ATATTsecret');
    });
    const r = await dispatch(raw.handlers, 'instances.list', {});
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('internal');
      expect(r.error.message).not.toMatch(/SQLITE|ATATT|secret/);
    }
  });

  it('declares a schema for every channel name and no other', () => {
    expect(Object.keys(channels).sort()).toEqual([...CHANNEL_NAMES].sort());
  });
});
