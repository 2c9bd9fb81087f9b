import type { AppInfo } from '../../shared/domain/app-info.js';
import { APP_NAME, APP_VERSION } from './app-version.js';
import type { Handlers } from './dispatch.js';
import { AppError } from './errors.js';
import type { EventBus } from './event-bus.js';
import type { CredentialChecker } from './instances/credential-checker.js';
import type { InstancesService } from './instances/instances-service.js';
import { createInstancesService } from './instances/instances-service.js';
import type { Clock, Logger, SecretStore } from './ports.js';
import { schemaVersion } from './store/migrate.js';
import type { Db } from './store/open-database.js';
import { instancesRepo } from './store/repositories/instances-repo.js';
import type { SettingsService } from './settings-service.js';
import { createSettingsService } from './settings-service.js';
import { settingsRepo } from './store/repositories/settings-repo.js';
import type { SyncEngine } from './sync/sync-engine.js';

export interface CoreContext {
  dataDir: string;
  db: Db;
  secrets: SecretStore;
  checker: CredentialChecker;
  clock: Clock;
  log: Logger;
  events: EventBus;
  host: AppInfo['host'];
  /** Opens an https URL in the user's browser; absent where the host can't (the browser host opens it itself). */
  openExternal?: (url: string) => Promise<void>;
}

export interface Services {
  handlers: Handlers;
  instances: InstancesService;
  sync: SyncEngine;
  settings: SettingsService;
}

/** Implements the contract: one function per channel, shared by IPC, the browser host and the CLI. */
export function createServices(ctx: CoreContext, makeSync: (instances: InstancesService) => SyncEngine): Services {
  const instances = createInstancesService({
    repo: instancesRepo(ctx.db),
    secrets: ctx.secrets,
    checker: ctx.checker,
    clock: ctx.clock,
    log: ctx.log,
    events: ctx.events,
  });
  const sync = makeSync(instances);
  const settings = createSettingsService(settingsRepo(ctx.db), ctx.clock, ctx.events);

  const handlers: Handlers = {
    'app.info': async () => ({
      name: APP_NAME,
      version: APP_VERSION,
      dataDir: ctx.dataDir,
      host: ctx.host,
      schemaVersion: schemaVersion(ctx.db),
    }),
    'instances.list': () => instances.list(),
    'instances.add': (input) => instances.add(input),
    'instances.update': (input) => instances.update(input),
    'instances.remove': ({ id }) => instances.remove(id),
    'instances.test': (input) => instances.test(input),
    'shell.openExternal': async ({ url }) => {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:') {
        throw new AppError('validation', 'Only https:// links can be opened from Worklog Desk.');
      }
      if (!ctx.openExternal) return { opened: false };
      // electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — the protocol is checked to be https just above; main/electron/open-external.ts checks again.
      await ctx.openExternal(parsed.toString());
      return { opened: true };
    },
    'sync.start': async (input) => {
      const { runId, joined } = sync.start(input);
      return { runId, joined };
    },
    'sync.cancel': async () => sync.cancel(),
    'sync.status': async () => sync.status(),
    'sync.history': async ({ limit }) => sync.history(limit),
    'sync.clearCache': async () => sync.clearCache(),
    'worklogs.deleteRange': async ({ from, to, instanceId }) => sync.deleteRange(from, to, instanceId ?? null),
    'settings.get': async () => settings.get(),
    'settings.update': async (patch) => settings.update(patch),
  };
  return { handlers, instances, sync, settings };
}
