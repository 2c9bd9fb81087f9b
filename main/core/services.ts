import type { AppInfo } from '../../shared/domain/app-info.js';
import type { SyncFreshness } from '../../shared/domain/freshness.js';
import { appHandlers } from './app/app-handlers.js';
import type { Handlers } from './dispatch.js';
import { doctorHandlers } from './doctor/doctor-handlers.js';
import { AppError } from './errors.js';
import type { EventBus } from './event-bus.js';
import { explorerHandlers } from './explorer/explorer-handlers.js';
import { exportHandlers } from './export/export-handlers.js';
import type { ExportService } from './export/export-service.js';
import { createExportService } from './export/export-service.js';
import type { HttpClient } from './http/http-client.js';
import { instancesHandlers } from './instances/instances-handlers.js';
import { instancesRepo } from './instances/instances-repo.js';
import type { InstancesService } from './instances/instances-service.js';
import { createInstancesService } from './instances/instances-service.js';
import { DEFAULT_SCHEDULE } from './leaves/expected-hours.js';
import { leavesHandlers } from './leaves/leaves-handlers.js';
import type { LeavesServices } from './leaves/leaves-services.js';
import { createLeavesServices } from './leaves/leaves-services.js';
import type { NudgePeople } from './nudge/nudge-people.js';
import { nudgePeople } from './nudge/nudge-people.js';
import { packageProjectsHandlers } from './packages/package-projects-handlers.js';
import { packagesHandlers } from './packages/packages-handlers.js';
import type { PackagesService } from './packages/packages-service.js';
import { createPackagesService } from './packages/packages-service.js';
import type { ChooseExportPath, Clock, CredentialChecker, Fetch, Logger, SecretStore } from './ports.js';
import { countedThrough } from './schedules/counted-through.js';
import { settingsHandlers } from './settings/settings-handlers.js';
import { settingsRepo } from './settings/settings-repo.js';
import type { SettingsService } from './settings/settings-service.js';
import { createSettingsService } from './settings/settings-service.js';
import { shellHandlers } from './shell/shell-handlers.js';
import type { Db } from './store/open-database.js';
import { syncFreshness } from './sync/freshness.js';
import type { SyncEngine } from './sync/sync-engine.js';
import { syncHandlers } from './sync/sync-handlers.js';
import type { TeamHours } from './team/team-hours.js';
import { teamHours } from './team/team-hours.js';
import { teamHandlers } from './team/team-handlers.js';
import { teamService } from './team/team-service.js';
import { createTempoTeamService } from './team/tempo-team-service.js';
import type { TempoTeamService } from './team/tempo-team-service.js';
import { createTempoTeamsClient } from './tempo/tempo-teams-client.js';
import type { ApprovalsService } from './approvals/approvals-service.js';
import { createApprovalsService } from './approvals/approvals-service.js';
import { createTempoApprovalsClient } from './tempo/tempo-approvals-client.js';
import { timesheetHandlers } from './timesheet/timesheet-handlers.js';

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
  /** Where an export goes: a save dialog in Electron, a private download folder in the browser host (main/web/download-shelf.ts). */
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
  approvals: ApprovalsService;
  /** Who is behind on a day, and which days are working days, for the morning reminder (the Timesheet's numbers). */
  nudge: NudgePeople;
}

/**
 * Builds the shared dependencies once and merges every capability's slice of the contract's handlers
 * (`<capability>/<capability>-handlers.ts`): one function per channel, shared by IPC, the browser host and the CLI.
 */
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
  const approvals = createApprovalsService({
    db: ctx.db,
    clock: ctx.clock,
    log: ctx.log,
    linkedTeam: () => tempoTeams.linked(),
    client: async (instanceId) => createTempoApprovalsClient(ctx.http, await instances.savedCredentials(instanceId)),
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
  const handlers: Handlers = {
    ...appHandlers({ dataDir: ctx.dataDir, db: ctx.db, host: ctx.host }),
    ...doctorHandlers({
      dataDir: ctx.dataDir,
      db: ctx.db,
      secrets: ctx.secrets,
      instances: {
        list: () => instanceRows.list().map((r) => ({ id: r.id, name: r.name, url: r.url })),
        deps: { credentials: (id) => instances.savedCredentials(id), checker: ctx.checker, fetch: ctx.fetch, clock: ctx.clock },
      },
      clock: ctx.clock,
      appRoot: ctx.appRoot,
    }),
    ...instancesHandlers(instances),
    ...shellHandlers({ showInFolder: (file) => exports.showInFolder(file), ...(ctx.openExternal ? { openExternal: ctx.openExternal } : {}) }),
    ...syncHandlers(sync, freshness),
    ...settingsHandlers(settings),
    ...explorerHandlers(ctx.db),
    ...exportHandlers(exports),
    ...teamHandlers(team, tempoTeams),
    ...packagesHandlers(packages, (p) => ctx.events.emit('packages.progress', p)),
    ...packageProjectsHandlers({ http: ctx.http, instances }),
    ...leavesHandlers(leaves),
    ...timesheetHandlers({ db: ctx.db, schedule, countedThrough: through, maxDaySeconds: () => Math.round(settings.get().maxDayHours * 3600), withApprovals: (sheet) => approvals.withApprovals(sheet) }),
  };
  return { handlers, instances, sync, settings, team, packages, leaves, exports, tempoTeams, approvals, nudge: nudgePeople(ctx.db, schedule), freshness, teamHours: () => teamHours(ctx.db, ctx.clock.now()) };
}
