import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { instanceAddInput, instanceTestInput, instanceUpdateInput } from '../../../shared/contract.js';
import type { CredentialReport, InstanceView } from '../../../shared/domain/instance.js';
import { DEFAULT_TEMPO_BASE_URL } from '../../../shared/domain/instance.js';
import type { EventBus } from '../event-bus.js';
import { AppError } from '../errors.js';
import type { Clock, CredentialChecker, Credentials, Logger, SecretStore } from '../ports.js';
import { jiraTokenKey, tempoTokenKey } from '../secrets/secret-keys.js';
import type { InstanceRow, InstancesRepo } from './instances-repo.js';
import { originOf, requireSecretForNewOrigin } from '../http/origin-change.js';
import { requireConfirmedJiraHost } from '../jira/jira-host-policy.js';

export interface InstancesServiceDeps {
  repo: InstancesRepo;
  secrets: SecretStore;
  checker: CredentialChecker;
  clock: Clock;
  log: Logger;
  events: EventBus;
}

/** Another process (CLI vs app) may take a name between our check and our write: same answer as the check. */
function nameTaken(e: unknown, name: string): AppError | null {
  const code = (e as { code?: string }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' ? new AppError('conflict', `There is already an instance called "${name}". Pick another name.`, { cause: e }) : null;
}

function toView(row: InstanceRow, jiraTokenSaved: boolean, tempoTokenSaved: boolean): InstanceView {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    email: row.email,
    jiraTokenSaved,
    tempo: { tokenSaved: tempoTokenSaved, baseUrl: row.tempo_base_url },
    account: row.account_id ? { accountId: row.account_id, displayName: row.account_name ?? row.account_id } : null,
    lastCheck: row.last_check_at ? { at: row.last_check_at, ok: row.last_check_ok === 1, message: row.last_check_message } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Add, edit, remove and test Jira instances. Credentials are verified against Jira (and Tempo)
 * before anything is saved; tokens go to the keychain only, keyed by the instance id.
 * Order of writes: keychain first, then the row — so a row never points at a missing token, and
 * if the row can't be written the fresh tokens are removed again.
 */
export function createInstancesService(deps: InstancesServiceDeps) {
  const { repo, secrets, checker, clock, log, events } = deps;

  const mustGet = (id: string): InstanceRow => {
    const row = repo.get(id);
    if (!row) throw new AppError('not_found', 'That Jira instance no longer exists — it may have been removed in another window or by the CLI.');
    return row;
  };
  const ensureNameFree = (name: string, exceptId?: string): void => {
    const other = repo.getByName(name);
    if (other && other.id !== exceptId) throw new AppError('conflict', `There is already an instance called "${other.name}". Pick another name.`);
  };
  const view = async (row: InstanceRow): Promise<InstanceView> => {
    const [jira, tempo] = await Promise.all([secrets.get(jiraTokenKey(row.id)), secrets.get(tempoTokenKey(row.id))]);
    return toView(row, jira !== null, tempo !== null);
  };
  const savedCredentials = async (row: InstanceRow): Promise<Credentials> => {
    const jiraToken = await secrets.get(jiraTokenKey(row.id));
    if (!jiraToken) {
      throw new AppError('auth', `No Jira API token is saved for "${row.name}" in the keychain. Open Settings and replace the token.`);
    }
    const tempoToken = row.tempo_enabled ? await secrets.get(tempoTokenKey(row.id)) : null;
    return { name: row.name, url: row.url, email: row.email, jiraToken, tempoToken, tempoBaseUrl: row.tempo_base_url };
  };
  const changed = (): void => events.emit('instances.changed', {});

  return {
    async list(): Promise<InstanceView[]> {
      return Promise.all(repo.list().map(view));
    },

    async get(id: string): Promise<InstanceView> {
      return view(mustGet(id));
    },

    /** Looks an instance up by its name (CLI). */
    byName(name: string): InstanceRow {
      const row = repo.getByName(name);
      if (!row) throw new AppError('not_found', `No instance called "${name}". See the list with: instance list`);
      return row;
    },

    async add(input: z.output<typeof instanceAddInput>): Promise<InstanceView> {
      ensureNameFree(input.name);
      const creds: Credentials = {
        name: input.name,
        url: checker.normalizeJiraUrl(input.url),
        email: input.email,
        jiraToken: input.jiraToken,
        tempoToken: input.tempoToken ?? null,
        tempoBaseUrl: checker.normalizeTempoUrl(input.tempoBaseUrl ?? DEFAULT_TEMPO_BASE_URL),
      };
      requireConfirmedJiraHost(creds.url, input.customHost === true);
      const account = await checker.verify(creds);
      const now = clock.now().toISOString();
      const id = randomUUID();
      await secrets.set(jiraTokenKey(id), creds.jiraToken);
      try {
        if (creds.tempoToken) await secrets.set(tempoTokenKey(id), creds.tempoToken);
        // Re-check the name: another process may have taken it while we were on the network.
        ensureNameFree(creds.name);
        repo.insert({
          id,
          name: creds.name,
          url: creds.url,
          email: creds.email,
          tempo_base_url: creds.tempoBaseUrl,
          tempo_enabled: creds.tempoToken ? 1 : 0,
          account_id: account.accountId,
          account_name: account.displayName,
          last_check_at: now,
          last_check_ok: 1,
          last_check_message: null,
          created_at: now,
          updated_at: now,
        });
      } catch (e) {
        await secrets.delete(jiraTokenKey(id)).catch(() => false);
        await secrets.delete(tempoTokenKey(id)).catch(() => false);
        throw nameTaken(e, creds.name) ?? e;
      }
      log.info('instance added', { instance: creds.name, url: creds.url, tempo: Boolean(creds.tempoToken) });
      changed();
      return view(mustGet(id));
    },

    async update(input: z.output<typeof instanceUpdateInput>): Promise<InstanceView> {
      const row = mustGet(input.id);
      const name = input.name ?? row.name;
      ensureNameFree(name, row.id);
      const saved = await savedCredentials(row).catch((e: unknown) => {
        // A missing saved token is fine when this very update replaces it.
        if (input.jiraToken) return null;
        throw e;
      });
      const tempoToken = input.tempoToken === undefined ? (saved?.tempoToken ?? null) : input.tempoToken;
      const next: Credentials = {
        name,
        url: input.url === undefined ? row.url : checker.normalizeJiraUrl(input.url),
        email: input.email ?? row.email,
        jiraToken: input.jiraToken ?? saved?.jiraToken ?? '',
        tempoToken,
        tempoBaseUrl:
          input.tempoBaseUrl === undefined
            ? row.tempo_base_url
            : checker.normalizeTempoUrl(input.tempoBaseUrl ?? DEFAULT_TEMPO_BASE_URL),
      };
      // Before anything touches the network or the keychain: a saved token never follows a new address.
      const subject = `"${row.name}"`;
      if (next.url !== row.url) {
        requireSecretForNewOrigin({ service: 'Jira', secret: 'the API token', subject, from: row.url, to: next.url, secretGiven: input.jiraToken !== undefined });
        if (originOf(next.url) !== originOf(row.url)) requireConfirmedJiraHost(next.url, input.customHost === true);
      }
      if (next.tempoToken !== null) {
        requireSecretForNewOrigin({ service: 'Tempo', secret: 'the Tempo API token', subject, from: row.tempo_base_url, to: next.tempoBaseUrl, secretGiven: typeof input.tempoToken === 'string' });
      }
      const credentialsChanged =
        next.url !== row.url ||
        next.email !== row.email ||
        input.jiraToken !== undefined ||
        input.tempoToken !== undefined ||
        next.tempoBaseUrl !== row.tempo_base_url;
      let account = row.account_id ? { accountId: row.account_id, displayName: row.account_name ?? row.account_id } : null;
      if (credentialsChanged) account = await checker.verify(next);

      if (input.jiraToken) await secrets.set(jiraTokenKey(row.id), input.jiraToken);
      if (typeof input.tempoToken === 'string') await secrets.set(tempoTokenKey(row.id), input.tempoToken);
      if (input.tempoToken === null) await secrets.delete(tempoTokenKey(row.id));
      const fields = {
        name: next.name,
        url: next.url,
        email: next.email,
        tempo_base_url: next.tempoBaseUrl,
        tempo_enabled: next.tempoToken ? (1 as const) : (0 as const),
        account_id: account?.accountId ?? null,
        account_name: account?.displayName ?? null,
      };
      try {
        repo.update(row.id, fields, clock.now().toISOString());
      } catch (e) {
        throw nameTaken(e, next.name) ?? e;
      }
      if (credentialsChanged) repo.recordCheck(row.id, { at: clock.now().toISOString(), ok: true, message: null });
      log.info('instance updated', { instance: next.name, credentialsChanged });
      changed();
      return view(mustGet(row.id));
    },

    async remove(id: string): Promise<{ removed: true }> {
      const row = mustGet(id);
      // The row goes first: without it nothing can use the tokens, and a keychain failure then
      // leaves only an orphaned secret rather than an instance without its token.
      repo.remove(id);
      await secrets.delete(jiraTokenKey(id)).catch((e: unknown) => log.warn('could not delete Jira token', { instance: row.name, error: e }));
      await secrets.delete(tempoTokenKey(id)).catch((e: unknown) => log.warn('could not delete Tempo token', { instance: row.name, error: e }));
      log.info('instance removed', { instance: row.name });
      changed();
      return { removed: true };
    },

    async test(input: z.output<typeof instanceTestInput>): Promise<CredentialReport> {
      if ('id' in input) {
        const row = mustGet(input.id);
        const report = await checker.check(await savedCredentials(row));
        const failures = [report.jira, report.tempo].filter((p) => p && !p.ok) as Array<{ message: string }>;
        repo.recordCheck(row.id, {
          at: clock.now().toISOString(),
          ok: failures.length === 0,
          message: failures.length ? failures.map((f) => f.message).join(' ') : null,
        });
        changed();
        return report;
      }
      const url = checker.normalizeJiraUrl(input.url);
      requireConfirmedJiraHost(url, input.customHost === true);
      return checker.check({
        name: input.name ?? 'new instance',
        url,
        email: input.email,
        jiraToken: input.jiraToken,
        tempoToken: input.tempoToken ?? null,
        tempoBaseUrl: checker.normalizeTempoUrl(input.tempoBaseUrl ?? DEFAULT_TEMPO_BASE_URL),
      });
    },

    savedCredentials: (id: string) => savedCredentials(mustGet(id)),
  };
}

export type InstancesService = ReturnType<typeof createInstancesService>;
