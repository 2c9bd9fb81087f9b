import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createKeytarSecretStore, KEYCHAIN_SERVICE } from '../../../main/core/secrets/keytar-secret-store.js';

const run = promisify(execFile);

// These run against the real Secret Service that scripts/with-keyring.sh starts (npm test does).
describe('keytar secret store (real Secret Service)', () => {
  const store = createKeytarSecretStore(KEYCHAIN_SERVICE);

  it('sets, gets, replaces and deletes a secret', async () => {
    const key = `test/${randomUUID()}`;
    expect(await store.get(key)).toBeNull();
    await store.set(key, 'first-secret-value');
    expect(await store.get(key)).toBe('first-secret-value');
    await store.set(key, 'second-secret-value ✓ ümlaut');
    expect(await store.get(key)).toBe('second-secret-value ✓ ümlaut');
    expect(await store.delete(key)).toBe(true);
    expect(await store.get(key)).toBeNull();
    expect(await store.delete(key)).toBe(false);
  });

  it('keeps secrets of different keys apart, under the "Worklog Desk" service', async () => {
    const a = `test/${randomUUID()}`;
    const b = `test/${randomUUID()}`;
    await store.set(a, 'value-a');
    await store.set(b, 'value-b');
    const keytar = (await import('keytar')).default;
    const mine = await keytar.findCredentials('Worklog Desk');
    expect(mine.filter((c) => c.account === a || c.account === b).map((c) => c.password).sort()).toEqual(['value-a', 'value-b']);
    await store.delete(a);
    expect(await store.get(b)).toBe('value-b');
    await store.delete(b);
  });

  it('without a keychain, fails with a message that says what to install — no plaintext fallback', async () => {
    // A child without a session bus: exactly what a user without a desktop keyring meets.
    const script = `
      import { createKeytarSecretStore } from './main/core/secrets/keytar-secret-store.ts';
      const s = createKeytarSecretStore('Worklog Desk test');
      try { await s.set('k', 'v'); console.log(JSON.stringify({ ok: true })); }
      catch (e) { console.log(JSON.stringify({ ok: false, code: e.code, message: e.message })); }
    `;
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus', DISPLAY: '' };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env });
    const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { ok: boolean; code?: string; message?: string };
    expect(result.ok).toBe(false);
    expect(result.code).toBe('keychain');
    expect(result.message).toMatch(/keychain/);
    expect(result.message).toMatch(/gnome-keyring|KeePassXC/);
  });
});
