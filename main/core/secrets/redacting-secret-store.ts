import type { Redactor } from '../log/redactor.js';
import type { SecretStore } from '../ports.js';

/** Registers every secret that passes through with the log redactor, so no log line can carry it. */
export function redactingSecretStore(inner: SecretStore, redactor: Redactor): SecretStore {
  return {
    async get(key) {
      const value = await inner.get(key);
      if (value) redactor.add(value);
      return value;
    },
    async set(key, value) {
      redactor.add(value);
      await inner.set(key, value);
    },
    delete: (key) => inner.delete(key),
  };
}
