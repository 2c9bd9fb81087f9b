/**
 * The typed contract between the renderer and main: every channel is declared once, here, with a
 * zod schema for its input and the type of its result. Main validates every input against these
 * schemas before a service sees it (ipc-server, browser host and CLI all go through `dispatch`).
 */
import { z } from 'zod';
import type { ChannelName, EventName } from './channel-names.js';
import type { AppInfo } from './domain/app-info.js';
import type { DoctorReport } from './domain/doctor.js';
import { isIsoDate } from './domain/dates.js';
import type { CredentialReport, InstanceView } from './domain/instance.js';
import type { ExplorerFacets, ExplorerResult } from './domain/explorer.js';
import { explorerFilterSchema, explorerQuerySchema, explorerRowsInputSchema } from './domain/explorer.js';
import type { ExplorerSeries } from './domain/series.js';
import { explorerSeriesInputSchema } from './domain/series.js';
import type { ExportProgress, ExportResult } from './domain/export.js';
import { explorerExportInputSchema, showItemInFolderInputSchema } from './domain/export.js';
import type { LinkedIssues, PackageProgress, PackageProject, PackageView, PreflightProblem, TemplateView } from './domain/packages.js';
import { packageCreateInput, packageGroupInput, packageHistoryInput, packageProjectsInput, templateInput, templateRefInput, templateUpdateInput } from './domain/packages.js';
import type { TeamMember, TempoTeamLinkState, TempoTeamLinkView, TempoTeamView } from './domain/team.js';
import { linkTempoTeamInputSchema, teamAddInputSchema, teamRemoveInputSchema, teamUpdateInputSchema, tempoTeamsInputSchema } from './domain/team.js';
import type { EmployeeView, FactorialConfigView, Holiday, Leave, LeavesSyncResult, PersonHours, PersonMapping } from './domain/leaves.js';
import {
  autoMapInputSchema,
  employeesInputSchema,
  factorialSaveConfigInputSchema,
  holidayAddInputSchema,
  holidayRemoveInputSchema,
  holidaysImportIcsInputSchema,
  hoursReportInputSchema,
  leavesRangeInputSchema,
  mapPersonInputSchema,
  unmapPersonInputSchema,
} from './domain/leaves.js';
import type { AppSettings } from './domain/settings.js';
import type { Timesheet } from './domain/timesheet.js';
import { timesheetQuerySchema } from './domain/timesheet.js';
import { appSettingsPatchSchema, appSettingsSchema } from './domain/settings.js';
import type { SyncFreshness } from './domain/freshness.js';
import type { SyncProgress, SyncRunView, SyncStatus, SyncSummary } from './domain/sync.js';
import type { WorklogView } from './domain/worklog.js';
import type { Result } from './errors.js';

/** A phantom marker carrying a result type through the contract object. */
const returns = <T>() => undefined as unknown as T;

const empty = z.object({}).strict();
const id = z.string().uuid('That instance id is not valid.');
const name = z
  .string()
  .trim()
  .min(1, 'Give the instance a name, e.g. "alpha".')
  .max(60, 'Keep the name under 60 characters.');
const url = z.string().trim().min(1, 'Enter the Jira site URL, e.g. https://your-team.atlassian.net.').max(500);
const email = z.string().trim().min(3).max(320).email('Enter the email address of the Jira account the token belongs to.');
/** Tokens: only checked for shape here; kept out of every message and log. */
const token = z.string().trim().min(1, 'Paste the API token.').max(2000, 'That token is too long to be an API token.');
const tempoBaseUrl = z.string().trim().min(1).max(500);
/** The user confirmed a Jira address outside Atlassian Cloud (a company domain or a proxy). */
const customHost = z.boolean().optional();

export const instanceAddInput = z
  .object({ name, url, email, jiraToken: token, tempoToken: token.nullish(), tempoBaseUrl: tempoBaseUrl.nullish(), customHost })
  .strict();

export const instanceUpdateInput = z
  .object({
    id,
    name: name.optional(),
    /** A new origin (scheme, host, port) needs `jiraToken` in the same call: a saved token never follows an address change. */
    url: url.optional(),
    customHost,
    email: email.optional(),
    /** Present only to replace the saved token. */
    jiraToken: token.optional(),
    /** A string replaces the Tempo token, null removes it, absent keeps it. */
    tempoToken: token.nullable().optional(),
    /** A new origin needs `tempoToken` in the same call while a Tempo token is in use. */
    tempoBaseUrl: tempoBaseUrl.nullable().optional(),
  })
  .strict();

/** Test a saved instance, or credentials typed in a form (not saved). */
export const instanceTestInput = z.union([
  z.object({ id }).strict(),
  z
    .object({ url, email, jiraToken: token, tempoToken: token.nullish(), tempoBaseUrl: tempoBaseUrl.nullish(), name: name.optional(), customHost })
    .strict(),
]);

const isoDate = z.string().refine(isIsoDate, 'Use a date like 2026-11-30 (YYYY-MM-DD).');
const MAX_RANGE_DAYS = 3 * 366;
/** A date range, inclusive; bounded so a typo (2062 for 2026) can't start a decade-long sync. */
const dateRange = z
  .object({ from: isoDate, to: isoDate })
  .refine((r) => r.from <= r.to, 'The start date must not be after the end date.')
  .refine((r) => (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 <= MAX_RANGE_DAYS, 'Choose a range of at most three years.');

export const syncStartInput = z
  .object({
    from: isoDate,
    to: isoDate,
    instanceIds: z.array(id).max(50).optional(),
    /** Read every page again instead of only what changed (also refreshes issue summaries and epics). */
    full: z.boolean().optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const r = dateRange.safeParse({ from: v.from, to: v.to });
    if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });

export const deleteRangeInput = z
  .object({ from: isoDate, to: isoDate, instanceId: id.nullish() })
  .strict()
  .superRefine((v, ctx) => {
    const r = dateRange.safeParse({ from: v.from, to: v.to });
    if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });

export const channels = {
  'app.info': { input: empty, result: returns<AppInfo>() },
  /** Checks keychain, native modules, data folder and every instance; never returns a token. */
  'doctor.run': { input: empty, result: returns<DoctorReport>() },
  'instances.list': { input: empty, result: returns<InstanceView[]>() },
  'instances.add': { input: instanceAddInput, result: returns<InstanceView>() },
  'instances.update': { input: instanceUpdateInput, result: returns<InstanceView>() },
  'instances.remove': { input: z.object({ id }).strict(), result: returns<{ removed: true }>() },
  'instances.test': { input: instanceTestInput, result: returns<CredentialReport>() },
  'shell.openExternal': {
    input: z.object({ url: z.string().url().max(2000) }).strict(),
    result: returns<{ opened: boolean }>(),
  },
  'sync.start': { input: syncStartInput, result: returns<{ runId: string; joined: boolean }>() },
  'sync.cancel': { input: empty, result: returns<{ cancelled: boolean }>() },
  'sync.status': { input: empty, result: returns<SyncStatus>() },
  'sync.history': { input: z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(), result: returns<SyncRunView[]>() },
  /** Per instance: when its last successful sync ended, how its last run ended, and whether it is stale. */
  'sync.freshness': { input: empty, result: returns<SyncFreshness>() },
  'sync.clearCache': { input: empty, result: returns<{ deleted: number }>() },
  'worklogs.deleteRange': { input: deleteRangeInput, result: returns<{ deleted: number }>() },
  'settings.get': { input: empty, result: returns<AppSettings>() },
  /** Only the fields given change. */
  'settings.update': { input: appSettingsPatchSchema, result: returns<AppSettings>() },
  'explorer.query': { input: explorerQuerySchema, result: returns<ExplorerResult>() },
  'explorer.rows': { input: explorerRowsInputSchema, result: returns<WorklogView[]>() },
  'explorer.count': { input: explorerFilterSchema, result: returns<{ count: number }>() },
  'explorer.facets': {
    input: z.object({ from: isoDate, to: isoDate, instanceIds: z.array(id).max(50).optional() }).strict(),
    result: returns<ExplorerFacets>(),
  },
  /** Hours per epic / project over time, or per person: the top series and "Other", for the Charts page. */
  'explorer.series': { input: explorerSeriesInputSchema, result: returns<ExplorerSeries>() },
  /** The latest day with any worklog strictly before `before` (null: none): where Charts opens when no range was chosen. */
  'explorer.lastDayWithData': { input: z.object({ before: isoDate }).strict(), result: returns<{ day: string | null }>() },
  /** Writes the view to a file main chooses (save dialog, or the browser host's download shelf); never sends file bytes. */
  'explorer.export': { input: explorerExportInputSchema, result: returns<ExportResult>() },
  /** Only for files main exported in this session; the browser host answers `{ shown: false }`. */
  'shell.showItemInFolder': { input: showItemInFolderInputSchema, result: returns<{ shown: boolean }>() },
  'team.list': { input: empty, result: returns<TeamMember[]>() },
  'team.add': { input: teamAddInputSchema, result: returns<TeamMember>() },
  'team.update': { input: teamUpdateInputSchema, result: returns<TeamMember>() },
  'team.remove': { input: teamRemoveInputSchema, result: returns<{ removed: boolean }>() },
  /** The Tempo teams of an instance with a Tempo token (online), for "Import from Tempo team". */
  'team.tempoTeams': { input: tempoTeamsInputSchema, result: returns<TempoTeamView[]>() },
  /** "My team" follows this Tempo team: members imported now and at each sync of that instance; hand-picked members stay. */
  'team.linkTempoTeam': { input: linkTempoTeamInputSchema, result: returns<TempoTeamLinkView>() },
  /** Stops following the Tempo team (the members stay in "my team"). */
  'team.unlinkTempoTeam': { input: empty, result: returns<{ unlinked: boolean }>() },
  /** The Tempo team "my team" follows (null: none), with its members' commitments. */
  'team.tempoLink': { input: empty, result: returns<TempoTeamLinkState | null>() },
  'templates.list': { input: empty, result: returns<TemplateView[]>() },
  'templates.get': { input: templateRefInput, result: returns<TemplateView>() },
  'templates.add': { input: templateInput, result: returns<TemplateView>() },
  'templates.update': { input: templateUpdateInput, result: returns<TemplateView>() },
  'templates.remove': { input: templateRefInput, result: returns<{ removed: true }>() },
  /** The checks alone: every problem of every target, nothing created. */
  'packages.check': { input: packageCreateInput, result: returns<PreflightProblem[]>() },
  'packages.create': { input: packageCreateInput, result: returns<PackageView>() },
  'packages.retry': { input: packageGroupInput, result: returns<PackageView>() },
  'packages.get': { input: packageGroupInput, result: returns<PackageView>() },
  'packages.history': { input: packageHistoryInput, result: returns<PackageView[]>() },
  'packages.linked': { input: packageGroupInput, result: returns<LinkedIssues>() },
  /** The projects an instance's saved account can see (online), for picking a target's project; typing a key stays allowed. */
  'packages.projects': { input: packageProjectsInput, result: returns<PackageProject[]>() },
  'factorial.getConfig': { input: empty, result: returns<FactorialConfigView>() },
  /** Verifies the key with Factorial before it is stored (keychain only). */
  'factorial.saveConfig': { input: factorialSaveConfigInputSchema.strict(), result: returns<{ view: FactorialConfigView; employees: number | null }>() },
  /** Fails with the typed error (auth, network…) when Factorial refuses. */
  'factorial.test': { input: empty, result: returns<{ ok: true; employees: number | null }>() },
  'factorial.removeKey': { input: empty, result: returns<{ removed: boolean }>() },
  'people.list': { input: empty, result: returns<PersonMapping[]>() },
  'people.unmapped': { input: empty, result: returns<PersonMapping[]>() },
  /** Maps by email, case-insensitively: one person (accountId) or everyone. */
  'people.autoMap': { input: autoMapInputSchema.strict(), result: returns<{ people: PersonMapping[]; mapped: number; unmapped: number }>() },
  'people.map': { input: mapPersonInputSchema.strict(), result: returns<PersonMapping>() },
  'people.employees': { input: employeesInputSchema.strict(), result: returns<EmployeeView[]>() },
  'people.unmap': { input: unmapPersonInputSchema.strict(), result: returns<{ removed: boolean }>() },
  'leaves.sync': { input: leavesRangeInputSchema, result: returns<LeavesSyncResult>() },
  'leaves.list': { input: leavesRangeInputSchema, result: returns<Leave[]>() },
  'holidays.list': { input: z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict(), result: returns<Holiday[]>() },
  'holidays.add': { input: holidayAddInputSchema.strict(), result: returns<Holiday>() },
  'holidays.remove': { input: holidayRemoveInputSchema.strict(), result: returns<{ removed: boolean }>() },
  'holidays.importIcs': { input: holidaysImportIcsInputSchema.strict(), result: returns<{ added: number; updated: number; holidays: Holiday[] }>() },
  'hours.report': { input: hoursReportInputSchema, result: returns<PersonHours[]>() },
  'timesheet.get': { input: timesheetQuerySchema, result: returns<Timesheet>() },
} satisfies Record<ChannelName, { input: z.ZodType; result: unknown }>;

const syncStatusValue = z.enum(['running', 'ok', 'failed', 'cancelled']);
const syncRunSchema = z.object({
  id: z.number(),
  runId: z.string(),
  kind: z.enum(['worklogs', 'leaves']),
  instanceId: z.string().nullable(),
  instanceName: z.string(),
  source: z.string(),
  from: z.string(),
  to: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  status: syncStatusValue,
  counts: z.object({ fetched: z.number(), inserted: z.number(), updated: z.number(), deleted: z.number() }),
  issuesRefreshed: z.number(),
  requests: z.number(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
}) satisfies z.ZodType<SyncRunView>;

export const events = {
  /** Main asks the window to show a page (the morning reminder's click: the Timesheet on the people behind). */
  'app.navigate': z.object({ hash: z.string().max(80_000).regex(/^#\/[a-z]+(\?[^#]*)?$/) }).strict(),
  'instances.changed': z.object({}).strict(),
  'sync.progress': z.object({
    runId: z.string(),
    instanceId: z.string(),
    instanceName: z.string(),
    phase: z.enum(['starting', 'worklogs', 'details', 'people', 'cleanup', 'done']),
    done: z.number(),
    total: z.number().nullable(),
    status: syncStatusValue,
    message: z.string().nullable(),
  }) satisfies z.ZodType<SyncProgress>,
  'settings.changed': appSettingsSchema,
  'packages.progress': z.object({
    groupId: z.string(),
    target: z.number(),
    instanceName: z.string(),
    projectKey: z.string(),
    phase: z.enum(['parent', 'children', 'links', 'done']),
    created: z.number(),
    total: z.number(),
  }) satisfies z.ZodType<PackageProgress>,
  'explorer.exportProgress': z.object({ fileName: z.string(), done: z.number(), total: z.number() }) satisfies z.ZodType<ExportProgress>,
  'sync.finished': z.object({ runId: z.string(), from: z.string(), to: z.string(), ok: z.boolean(), runs: z.array(syncRunSchema) }) satisfies z.ZodType<SyncSummary>,
} satisfies Record<EventName, z.ZodType>;

// Compile-time check that channel-names.ts and this object agree in both directions.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _channelsMatch: Exact<keyof typeof channels, ChannelName> = true;
const _eventsMatch: Exact<keyof typeof events, EventName> = true;
void _channelsMatch;
void _eventsMatch;

export type Channels = typeof channels;
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelResult<K extends ChannelName> = Channels[K]['result'];
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** The API the renderer sees, identical over both transports (preload and browser host). */
export type InvokeApi = {
  [K in ChannelName]: (input: ChannelInput<K>) => Promise<Result<ChannelResult<K>>>;
};

export interface EventApi {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export type WindowApi = InvokeApi & EventApi;

export { CHANNEL_NAMES, EVENT_NAMES } from './channel-names.js';
export type { ChannelName, EventName } from './channel-names.js';
