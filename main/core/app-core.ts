import type { AppInfo } from '../../shared/domain/app-info.js';
import type { Result } from '../../shared/errors.js';
import { resolveDataDir } from './data-dir.js';
import { dispatch } from './dispatch.js';
import type { EventBus } from './event-bus.js';
import { createEventBus } from './event-bus.js';
import type { HostLimits, HttpClient, RetryPolicy } from './http/http-client.js';
import { createHttpClient } from './http/http-client.js';
import type { ChooseExportPath, Clock, CredentialChecker, Fetch, LogLevel, Logger, SecretStore } from './ports.js';
import { createHttpCredentialChecker } from './instances/http-credential-checker.js';
import { createJiraSyncClient } from './jira/jira-sync-client.js';
import { instancesRepo } from './instances/instances-repo.js';
import { createSyncEngine } from './sync/sync-engine.js';
import { createTempoSyncClient } from './tempo/tempo-sync-client.js';
import { createFileLogger } from './log/file-logger.js';
import type { Redactor } from './log/redactor.js';
import { createRedactor } from './log/redactor.js';
import { createKeytarSecretStore } from './secrets/keytar-secret-store.js';
import { redactingSecretStore } from './secrets/redacting-secret-store.js';
import type { Services } from './services.js';
import { createServices } from './services.js';
import type { Db } from './store/open-database.js';
import { openDatabase } from './store/open-database.js';
import { useSqliteBinding } from './store/sqlite-binding.js';
import { syncTempoSchedules } from './schedules/tempo-schedules-sync.js';
import { systemClock } from './system-clock.js';

export interface AppCoreOptions {
  host: AppInfo['host'];
  /** Defaults to WORKLOG_DESK_DATA_DIR or the platform's userData folder. */
  dataDir?: string;
  /** Global fetch in Node; Electron passes `net.fetch`. */
  fetch?: Fetch;
  /** Defaults to the OS keychain (keytar). */
  secrets?: SecretStore;
  clock?: Clock;
  checker?: CredentialChecker;
  httpLimits?: Partial<Record<'jira' | 'tempo' | 'factorial', Partial<HostLimits>>>;
  /** Backoff settings (tests and benchmarks shorten them). */
  retry?: Partial<RetryPolicy>;
  openExternal?: (url: string) => Promise<void>;
  /** Where `explorer.export` writes (Electron: a save dialog; browser host: a private temporary folder). */
  chooseExportPath?: ChooseExportPath;
  /** Browser host: hands the written file to the page as a download. */
  offerDownload?: (file: string, fileName: string) => string;
  showItemInFolder?: (file: string) => Promise<void> | void;
  logLevel?: LogLevel;
  /** Electron main: its own build of better-sqlite3 (main/core/native/electron-sqlite-binding.ts). */
  sqliteBinding?: string;
  /** The checkout the app runs from, for doctor's native-module checks; defaults to the working folder. */
  appRoot?: string;
}

export interface AppCore {
  dataDir: string;
  db: Db;
  log: Logger & { file: string };
  redactor: Redactor;
  events: EventBus;
  http: HttpClient;
  services: Services;
  dispatch(channel: unknown, input: unknown): Promise<Result<unknown>>;
  close(): void;
}

/** The Node-side composition root shared by Electron main, the browser host, the CLI and tests. */
export function createAppCore(options: AppCoreOptions): AppCore {
  const dataDir = options.dataDir ?? resolveDataDir();
  const redactor = createRedactor();
  const log = createFileLogger(dataDir, redactor, { level: options.logLevel ?? (process.env.WORKLOG_DESK_LOG_LEVEL as LogLevel | undefined) ?? 'info' });
  if (options.sqliteBinding) useSqliteBinding(options.sqliteBinding);
  const db = openDatabase(dataDir);
  const clock = options.clock ?? systemClock;
  const secrets = redactingSecretStore(options.secrets ?? createKeytarSecretStore(), redactor);
  const plainFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const http = createHttpClient({
    fetch: plainFetch,
    clock,
    log,
    ...(options.httpLimits ? { limits: options.httpLimits } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
  });
  const events = createEventBus();
  const services = createServices(
    {
      dataDir,
      db,
      secrets,
      checker: options.checker ?? createHttpCredentialChecker(http),
      clock,
      log,
      events,
      http,
      host: options.host,
      fetch: plainFetch,
      appRoot: options.appRoot ?? process.cwd(),
      ...(options.openExternal ? { openExternal: options.openExternal } : {}),
      ...(options.chooseExportPath ? { chooseExportPath: options.chooseExportPath } : {}),
      ...(options.showItemInFolder ? { showItemInFolder: options.showItemInFolder } : {}),
      ...(options.offerDownload ? { offerDownload: options.offerDownload } : {}),
    },
    (instances) =>
      createSyncEngine({
        db,
        dataDir,
        instances: instancesRepo(db),
        credentials: (id) => instances.savedCredentials(id),
        http,
        jiraClient: (c) => createJiraSyncClient(http, c),
        tempoClient: (c) => createTempoSyncClient(http, c),
        afterTempoSync: async ({ client, ...rest }) => {
          // "My team" follows its Tempo team first, so new members get their schedules below.
          await services.tempoTeams.refresh(rest.instanceId, rest.signal).catch((e: unknown) => {
            if (rest.signal.aborted) throw e;
            log.warn('tempo team not refreshed', { instance: rest.instanceName, message: e instanceof Error ? e.message : String(e) });
          });
          // Tempo's required hours of the range's people, refreshed with the range.
          if (client.userSchedule) await syncTempoSchedules(db, log, { ...rest, client: { userSchedule: client.userSchedule.bind(client) }, now: () => clock.now().toISOString() });
          // The linked Tempo team's timesheet approvals of the range (never fails the worklog sync).
          await services.approvals.afterSync(rest).catch((e: unknown) => {
            if (rest.signal.aborted) throw e;
            log.warn('tempo approvals not read', { instance: rest.instanceName, reason: e instanceof Error ? e.message : String(e) });
          });
        },
        clock,
        log,
        events,
        owner: options.host === 'electron' ? 'the desktop app' : options.host === 'web' ? 'the browser host' : 'the command line',
      }),
  );
  log.info('core started', { host: options.host, dataDir });
  return {
    dataDir,
    db,
    log,
    redactor,
    events,
    http,
    services,
    dispatch: (channel, input) => dispatch(services.handlers, channel, input, log),
    close: () => {
      if (db.open) db.close();
    },
  };
}
