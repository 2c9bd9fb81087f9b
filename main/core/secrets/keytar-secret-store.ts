import { AppError } from '../errors.js';
import type * as KeytarModule from 'keytar';
import type { SecretStore } from '../ports.js';

export const KEYCHAIN_SERVICE = 'Worklog Desk';

type Keytar = typeof KeytarModule;

const INSTALL_HINT =
  process.platform === 'linux'
    ? 'Worklog Desk keeps tokens only in the system keychain. Install and unlock a Secret Service provider — ' +
      'GNOME Keyring (apt install gnome-keyring libsecret-1-0) or KeePassXC with Secret Service enabled — and sign in to a desktop session, then try again.'
    : 'Worklog Desk keeps tokens only in the system keychain (Keychain on macOS, Credential Manager on Windows). Unlock it and try again.';

/** Translates libsecret/D-Bus failures into one message that says what to install or unlock. */
function keychainError(e: unknown): AppError {
  const raw = e instanceof Error ? e.message : String(e);
  let why = 'the keychain could not be reached';
  if (/autolaunch D-Bus|DBUS_SESSION_BUS_ADDRESS|Failed to connect to socket|Could not connect|X11/i.test(raw)) why = 'there is no desktop session bus (D-Bus)';
  else if (/not provided by any \.service files|org\.freedesktop\.secrets/i.test(raw)) why = 'no Secret Service (keychain) is installed or running';
  else if (/Object does not exist at path|no such object/i.test(raw)) why = 'the keychain has no default collection ("login") yet';
  else if (/locked collection|is locked|dismissed/i.test(raw)) why = 'the keychain is locked';
  else if (/libsecret|cannot open shared object|Cannot find module/i.test(raw)) why = 'the keychain library (libsecret) is missing';
  // `detail` keeps the raw text for the log; it never holds a secret (keytar errors don't echo values).
  return new AppError('keychain', `Worklog Desk can't use the system keychain: ${why}. ${INSTALL_HINT}`, { cause: e, detail: raw });
}

/**
 * The keytar implementation of SecretStore. There is deliberately no plaintext fallback: when no
 * keychain is available every call fails with a message that says what to install.
 */
export function createKeytarSecretStore(service: string = KEYCHAIN_SERVICE): SecretStore {
  let loaded: Promise<Keytar> | undefined;
  const keytar = (): Promise<Keytar> => {
    loaded ??= import('keytar').then((m) => ((m as unknown as { default?: Keytar }).default ?? m) as Keytar);
    return loaded.catch((e: unknown) => {
      loaded = undefined;
      throw keychainError(e);
    });
  };
  const guard = async <T>(op: (k: Keytar) => Promise<T>): Promise<T> => {
    const k = await keytar();
    try {
      return await op(k);
    } catch (e) {
      throw keychainError(e);
    }
  };
  return {
    get: (key) => guard((k) => k.getPassword(service, key)),
    set: (key, value) => guard((k) => k.setPassword(service, key, value)),
    delete: (key) => guard((k) => k.deletePassword(service, key)),
  };
}
