/**
 * The typed contract between the renderer and main: every channel is declared once, here, with a
 * zod schema for its input and the type of its result. Main validates every input against these
 * schemas before a service sees it (ipc-server, browser host and CLI all go through `dispatch`).
 */
import { z } from 'zod';
import type { ChannelName, EventName } from './channel-names.js';
import type { AppInfo } from './domain/app-info.js';
import { isIsoDate } from './domain/dates.js';
import type { CredentialReport, InstanceView } from './domain/instance.js';
import type { AppSettings } from './domain/settings.js';
import { appSettingsPatchSchema, appSettingsSchema } from './domain/settings.js';
import type { SyncProgress, SyncRunView, SyncStatus, SyncSummary } from './domain/sync.js';
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

export const instanceAddInput = z
  .object({ name, url, email, jiraToken: token, tempoToken: token.nullish(), tempoBaseUrl: tempoBaseUrl.nullish() })
  .strict();

export const instanceUpdateInput = z
  .object({
    id,
    name: name.optional(),
    url: url.optional(),
    email: email.optional(),
    /** Present only to replace the saved token. */
    jiraToken: token.optional(),
    /** A string replaces the Tempo token, null removes it, absent keeps it. */
    tempoToken: token.nullable().optional(),
    tempoBaseUrl: tempoBaseUrl.nullable().optional(),
  })
  .strict();

/** Test a saved instance, or credentials typed in a form (not saved). */
export const instanceTestInput = z.union([
  z.object({ id }).strict(),
  z
    .object({ url, email, jiraToken: token, tempoToken: token.nullish(), tempoBaseUrl: tempoBaseUrl.nullish(), name: name.optional() })
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
  'sync.clearCache': { input: empty, result: returns<{ deleted: number }>() },
  'worklogs.deleteRange': { input: deleteRangeInput, result: returns<{ deleted: number }>() },
  'settings.get': { input: empty, result: returns<AppSettings>() },
  /** Only the fields given change. */
  'settings.update': { input: appSettingsPatchSchema, result: returns<AppSettings>() },
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
  requests: z.number(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
}) satisfies z.ZodType<SyncRunView>;

export const events = {
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
