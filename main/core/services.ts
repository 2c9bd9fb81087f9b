import type { AppInfo } from '../../shared/domain/app-info.js';
import { APP_NAME, APP_VERSION } from './app-version.js';
import type { Handlers } from './dispatch.js';
import { AppError } from './errors.js';
import type { EventBus } from './event-bus.js';
import type { CredentialChecker } from './instances/credential-checker.js';
import type { InstancesService } from './instances/instances-service.js';
import { createInstancesService } from './instances/instances-service.js';
import type { ChooseExportPath, Clock, Fetch, Logger, SecretStore } from './ports.js';
import { runDoctor } from './doctor/run-doctor.js';
import { MIGRATIONS } from './store/migrations/index.js';
import { schemaVersion } from './store/migrate.js';
import type { Db } from './store/open-database.js';
import { instancesRepo } from './store/repositories/instances-repo.js';
import { explorerFacets } from './explorer/facets.js';
import { runExplorerQuery } from './explorer/explorer-query.js';
import { countRows, listRows } from './explorer/explorer-rows.js';
import { explorerSeries } from './explorer/explorer-series.js';
import { teamService } from './explorer/team-service.js';
import type { ExportService } from './export/export-service.js';
import { createExportService } from './export/export-service.js';
import type { HttpClient } from './http/http-client.js';
import type { PackageProgress } from '../../shared/domain/packages.js';
import type { PackagesService } from './packages/packages-service.js';
import { createPackagesService } from './packages/packages-service.js';
import { packageProjectsHandlers } from './packages/package-projects-handlers.js';
import type { LeavesServices } from './leaves/leaves-services.js';
import { createLeavesServices } from './leaves/leaves-services.js';
import { DEFAULT_SCHEDULE } from './leaves/expected-hours.js';
import { timesheet } from './leaves/timesheet.js';
import type { SettingsService } from './settings-service.js';
import { createSettingsService } from './settings-service.js';
import { settingsRepo } from './store/repositories/settings-repo.js';
import type { SyncFreshness } from '../../shared/domain/freshness.js';
import type { TeamHours } from './explorer/team-hours.js';
import { teamHours } from './explorer/team-hours.js';
import { syncFreshness } from './sync/freshness.js';
import { countedThrough } from './schedules/counted-through.js';
import { createTempoTeamService } from './tempo-teams/tempo-team-service.js';
import type { TempoTeamService } from './tempo-teams/tempo-team-service.js';
import { createTempoTeamsClient } from './tempo/tempo-teams-client.js';
import type { SyncEngine } from './sync/sync-engine.js';

export interface CoreContext {
  dataDir: string;
  db: Db;
  secrets: SecretStore;
  checker: CredentialChecker;
  clock: Clock;
  log: Logger;
  events: EventBus;
  http: HttpClient;
  host: AppInfo['host'];
  /** Plain fetch for doctor's unauthenticated reachability probe (API calls go through `http`). */
  fetch: Fetch;
  /** The checkout the app runs from (node_modules/, .electron-native/), for doctor. */
  appRoot: string;
  /** Opens an https URL in the user's browser; absent where the host can't (the browser host opens it itself). */
  openExternal?: (url: string) => Promise<void>;
  /** Where an export goes: a save dialog in Electron, the data folder's exports folder in the browser host. */
  chooseExportPath?: ChooseExportPath;
  /** Browser host: hands a written export to the page as a download (see ExportServiceDeps). */
  offerDownload?: (file: string, fileName: string) => string;
  /** Reveals an exported file in the OS file manager; absent where the host can't. */
  showItemInFolder?: (file: string) => Promise<void> | void;
}

export interface Services {
  handlers: Handlers;
  instances: InstancesService;
  sync: SyncEngine;
  settings: SettingsService;
  team: ReturnType<typeof teamService>;
  packages: PackagesService;
  leaves: LeavesServices;
  /** Freshness of every instance at the clock's now. */
  freshness(): SyncFreshness;
  /** Hours the team (or everyone) logged today and this week, for the tray. */
  teamHours(): TeamHours;
  exports: ExportService;
  tempoTeams: TempoTeamService;
}

/** Implements the contract: one function per channel, shared by IPC, the browser host and the CLI. */
export function createServices(ctx: CoreContext, makeSync: (instances: InstancesService) => SyncEngine): Services {
  const instanceRows = instancesRepo(ctx.db);
  const instances = createInstancesService({
    repo: instanceRows,
    secrets: ctx.secrets,
    checker: ctx.checker,
    clock: ctx.clock,
    log: ctx.log,
    events: ctx.events,
  });
  const sync = makeSync(instances);
  const settings = createSettingsService(settingsRepo(ctx.db), ctx.clock, ctx.events);
  const team = teamService(ctx.db, () => ctx.clock.now());
  const packages = createPackagesService({ db: ctx.db, http: ctx.http, instances, log: ctx.log, clock: ctx.clock });
  // Expected hours use each team member's daily hours and weekdays; everyone else gets Mon–Fri, 8 h.
  const schedule = (accountId: string) => {
    const m = team.get(accountId);
    return m ? { dailySeconds: m.dailySeconds, workingWeekdays: m.workingWeekdays } : DEFAULT_SCHEDULE;
  };
  const tempoTeams = createTempoTeamService({
    db: ctx.db,
    clock: ctx.clock,
    log: ctx.log,
    client: async (instanceId) => {
      const creds = await instances.savedCredentials(instanceId);
      if (!creds.tempoToken) throw new AppError('validation', `'${creds.name}' has no Tempo token: add one in Settings to import a Tempo team.`);
      return createTempoTeamsClient(ctx.http, creds);
    },
  });
  const through = (): string => countedThrough(ctx.clock.now(), settings.get().expectedUpTo);
  const leaves = createLeavesServices({ db: ctx.db, secrets: ctx.secrets, http: ctx.http, clock: ctx.clock, log: ctx.log, schedule, countedThrough: through });
  const freshness = (): SyncFreshness => syncFreshness(ctx.db, instanceRows, settings.get().staleAfterHours, ctx.clock.now());
  const exports = createExportService({
    db: ctx.db,
    clock: ctx.clock,
    log: ctx.log,
    onProgress: (p) => ctx.events.emit('explorer.exportProgress', p),
    expectedFor: (range, accountIds) => new Map(leaves.hoursReport({ from: range.from, to: range.to, accountIds }).map((p) => [p.accountId, p.expectedSeconds])),
    ...(ctx.chooseExportPath ? { chooseExportPath: ctx.chooseExportPath } : {}),
    ...(ctx.showItemInFolder ? { showItemInFolder: ctx.showItemInFolder } : {}),
    ...(ctx.offerDownload ? { offerDownload: ctx.offerDownload } : {}),
  });
  const packageProgress = { onProgress: (p: PackageProgress) => ctx.events.emit('packages.progress', p) };

  const handlers: Handlers = {
    'app.info': async () => ({
      name: APP_NAME,
      version: APP_VERSION,
      dataDir: ctx.dataDir,
      host: ctx.host,
      schemaVersion: schemaVersion(ctx.db),
    }),
    'doctor.run': () =>
      runDoctor({
        dataDir: ctx.dataDir,
        db: ctx.db,
        latestSchema: Math.max(...MIGRATIONS.map((m) => m.version)),
        secrets: ctx.secrets,
        instances: {
          list: () => instanceRows.list().map((r) => ({ id: r.id, name: r.name, url: r.url })),
          deps: { credentials: (id) => instances.savedCredentials(id), checker: ctx.checker, fetch: ctx.fetch, clock: ctx.clock },
        },
        clock: ctx.clock,
        appRoot: ctx.appRoot,
        runtime: { node: process.versions.node, modules: process.versions.modules, electron: process.versions.electron },
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
    'sync.freshness': async () => freshness(),
    'sync.clearCache': async () => sync.clearCache(),
    'worklogs.deleteRange': async ({ from, to, instanceId }) => sync.deleteRange(from, to, instanceId ?? null),
    'settings.get': async () => settings.get(),
    'settings.update': async (patch) => settings.update(patch),
    'explorer.query': async (q) => runExplorerQuery(ctx.db, q),
    'explorer.rows': async ({ query, offset, limit, sort }) => listRows(ctx.db, query, { offset, limit, ...(sort ? { sort } : {}) }),
    'explorer.count': async (f) => ({ count: countRows(ctx.db, f) }),
    'explorer.facets': async (f) => explorerFacets(ctx.db, f),
    'explorer.series': async (q) => explorerSeries(ctx.db, q),
    'explorer.export': (input) => exports.exportView(input),
    'shell.showItemInFolder': ({ path }) => exports.showInFolder(path),
    'team.list': async () => team.list(),
    'team.add': async (input) => team.add(input),
    'team.update': async (input) => team.update(input),
    'team.remove': async (input) => team.remove(input),
    'team.tempoTeams': ({ instanceId }) => tempoTeams.teams(instanceId),
    'team.linkTempoTeam': ({ instanceId, teamId }) => tempoTeams.link(instanceId, teamId),
    'team.unlinkTempoTeam': async () => tempoTeams.unlink(),
    'templates.list': async () => packages.templates.list(),
    'templates.get': async ({ id }) => packages.templates.get(id),
    'templates.add': async (input) => packages.templates.add(input),
    'templates.update': async (input) => packages.templates.update(input),
    'templates.remove': async ({ id }) => packages.templates.remove(id),
    'packages.check': (input) => packages.check(input),
    'packages.create': (input) => packages.create(input, packageProgress),
    'packages.retry': ({ groupId }) => packages.retry(groupId, packageProgress),
    'packages.get': async ({ groupId }) => packages.get(groupId),
    'packages.history': async ({ limit }) => packages.history(limit),
    'packages.linked': async ({ groupId }) => packages.linked(groupId),
    'factorial.getConfig': () => leaves.config.view(),
    'factorial.saveConfig': async (input) => {
      const { view, check } = await leaves.config.save(input);
      return { view, employees: check.employees };
    },
    'factorial.test': () => leaves.config.test(),
    'factorial.removeKey': async () => ({ removed: await leaves.config.removeApiKey() }),
    'people.list': async () => leaves.mapping.list(),
    'people.unmapped': async () => leaves.mapping.unmapped(),
    'people.autoMap': (input) => leaves.mapping.autoMap(input.accountId === undefined ? {} : { accountId: input.accountId }),
    'people.map': async ({ accountId, employeeId }) => leaves.mapping.map(accountId, employeeId),
    'people.employees': ({ refresh }) => leaves.mapping.employeeList({ refresh: refresh === true }),
    'people.unmap': async ({ accountId }) => ({ removed: leaves.mapping.unmap(accountId) }),
    'leaves.sync': (range) => leaves.sync.sync(range),
    'leaves.list': async (range) => leaves.listLeaves(range),
    'holidays.list': async ({ from, to }) => leaves.holidays.list(from && to ? { from, to } : undefined),
    'holidays.add': async (h) => leaves.holidays.add(h),
    'holidays.remove': async ({ date }) => ({ removed: leaves.holidays.remove(date) }),
    'holidays.importIcs': async ({ ics }) => leaves.holidays.importIcs(ics),
    'hours.report': async (q) => leaves.hoursReport(q),
    'timesheet.get': async (q) => timesheet(ctx.db, q, schedule, through()),
    ...packageProjectsHandlers({ http: ctx.http, instances }),
  };
  return { handlers, instances, sync, settings, team, packages, leaves, exports, tempoTeams, freshness, teamHours: () => teamHours(ctx.db, ctx.clock.now()) };
}
