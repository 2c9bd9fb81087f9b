import { z } from 'zod';
import { AppError, isAppError } from '../errors.js';
import type { FactorialConfigView, FactorialSaveConfigInput } from '../../../shared/domain/leaves.js';
import type { HttpClient } from '../http/http-types.js';
import { requireSecretForNewOrigin } from '../http/origin-change.js';
import type { Clock, SecretStore } from '../ports.js';
import { factorialApiKeyKey } from '../secrets/secret-keys.js';
import type { Db } from '../store/open-database.js';
import { settingsRepo } from '../settings/settings-port.js';
import { workspaceId } from '../settings/settings-port.js';
import { normalizeFactorialBaseUrl } from '../factorial/factorial-base-url.js';
import type { FactorialClient } from '../factorial/factorial-client.js';
import { createFactorialClient } from '../factorial/factorial-client.js';

/** Settings key of the base URL; the API key lives in the keychain only, per workspace. */
export const FACTORIAL_BASE_URL_SETTING = 'factorial.baseUrl';

export interface FactorialConfigDeps {
  db: Db;
  secrets: SecretStore;
  http: HttpClient;
  clock: Clock;
}

export interface FactorialConnectionCheck {
  ok: true;
  /** How many employees the key can see, when Factorial says. */
  employees: number | null;
}

/** Factorial settings: the API key (keychain only) and the base URL (settings table), plus a connection test. */
export function createFactorialConfig(deps: FactorialConfigDeps) {
  const settings = settingsRepo(deps.db);
  const keyName = (): string => factorialApiKeyKey(workspaceId(settings, () => deps.clock.now()));
  const savedBaseUrl = (): string => normalizeFactorialBaseUrl(settings.read(FACTORIAL_BASE_URL_SETTING, z.string(), ''));
  const client = (): FactorialClient => createFactorialClient(deps.http, { baseUrl: savedBaseUrl(), apiKey: () => deps.secrets.get(keyName()) });

  return {
    async view(): Promise<FactorialConfigView> {
      const key = await deps.secrets.get(keyName());
      return { baseUrl: savedBaseUrl(), apiKeySaved: key !== null && key.trim() !== '' };
    },

    /** The client for the saved settings; the key is read from the keychain at each request. */
    client,

    /**
     * Checks the new key and address with Factorial first and only then saves them, so a typo never
     * replaces a working key. An omitted key keeps the saved one; an omitted baseUrl keeps the saved one.
     */
    async save(input: FactorialSaveConfigInput, signal?: AbortSignal): Promise<{ view: FactorialConfigView; check: FactorialConnectionCheck }> {
      const baseUrl = input.baseUrl === undefined ? savedBaseUrl() : normalizeFactorialBaseUrl(input.baseUrl);
      const apiKey = input.apiKey?.trim();
      // Before any request: the saved key never goes to a new address.
      requireSecretForNewOrigin({ service: 'Factorial', secret: 'the API key', subject: 'this workspace', from: savedBaseUrl(), to: baseUrl, secretGiven: apiKey !== undefined });
      const candidate = createFactorialClient(deps.http, { baseUrl, apiKey: async () => apiKey ?? (await deps.secrets.get(keyName())) });
      const { employees } = await candidate.check(signal).catch((e: unknown) => {
        // A key typed just now that Factorial refuses was never valid here: "revoked" (the wording
        // for a saved key that stopped working) would send the user looking for the wrong problem.
        if (apiKey !== undefined && isAppError(e) && e.status === 401) {
          throw new AppError(
            'auth',
            'Factorial refused this key (401). Check that the whole Factorial API key was pasted, that it is an API key (Factorial → Settings → API keys) and that it belongs to the company at this address. Nothing was saved.',
            { cause: e, status: 401 },
          );
        }
        throw e;
      });
      if (apiKey !== undefined) await deps.secrets.set(keyName(), apiKey);
      settings.write(FACTORIAL_BASE_URL_SETTING, baseUrl, deps.clock.now().toISOString());
      return { view: { baseUrl, apiKeySaved: true }, check: { ok: true, employees } };
    },

    /** Tests the saved key and address. */
    async test(signal?: AbortSignal): Promise<FactorialConnectionCheck> {
      const { employees } = await client().check(signal);
      return { ok: true, employees };
    },

    /** Forgets the key (the address stays). */
    async removeApiKey(): Promise<boolean> {
      return deps.secrets.delete(keyName());
    },
  };
}

export type FactorialConfig = ReturnType<typeof createFactorialConfig>;
