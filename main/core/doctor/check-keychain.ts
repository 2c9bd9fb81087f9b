import { randomUUID } from 'node:crypto';
import type { DoctorCheck } from '../../../shared/domain/doctor.js';
import { isAppError } from '../errors.js';
import type { SecretStore } from '../ports.js';
import { fail, pass } from './doctor-check.js';

const KEYCHAIN_NAME: Record<string, string> = { linux: 'Secret Service (GNOME Keyring, KWallet, KeePassXC)', darwin: 'macOS Keychain', win32: 'Windows Credential Manager' };

/**
 * Present and unlocked, proved the only way that counts: a throwaway entry is saved, read back and
 * removed. A locked keyring or a missing Secret Service fails here with what to install or unlock.
 */
export async function checkKeychain(secrets: SecretStore, platform: string = process.platform): Promise<DoctorCheck> {
  const title = 'Keychain';
  const name = KEYCHAIN_NAME[platform] ?? 'system keychain';
  const key = `doctor-probe-${randomUUID()}`;
  const value = randomUUID();
  try {
    await secrets.set(key, value);
    const back = await secrets.get(key);
    await secrets.delete(key);
    if (back !== value) return fail('keychain', title, `The ${name} accepted a test entry but gave back something else. Restart the keychain service (or sign out and in), then run doctor again.`);
    return pass('keychain', title, `The ${name} is present and unlocked: a test entry was saved, read back and removed.`);
  } catch (e) {
    return fail('keychain', title, isAppError(e) ? e.message : `The ${name} could not be used (${e instanceof Error ? e.message : String(e)}).`);
  }
}
