import { z } from 'zod';

const rangePreset = z.enum(['this-week', 'this-month', 'last-month']);
/** Up to which day of the current period expected hours count (later days are shown, not totalled). */
export const EXPECTED_UP_TO = ['yesterday', 'today'] as const;
export type ExpectedUpTo = (typeof EXPECTED_UP_TO)[number];
const expectedUpTo = z.enum(EXPECTED_UP_TO);

/** The Timesheet's anomalies flag days with more logged than this (hours; default 12). */
export const MAX_DAY_HOURS = { min: 1, max: 24, default: 12 } as const;
const maxDayHours = z
  .number()
  .min(MAX_DAY_HOURS.min, 'Use at least 1 hour.')
  .max(MAX_DAY_HOURS.max, 'A day has at most 24 hours.');
/** A local time of day like 09:00 (24-hour clock). */
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 09:00 (24-hour clock).');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-30.');

export const STALE_AFTER_HOURS = { min: 1, max: 720, default: 24 } as const;
/** The choices the UI offers; any whole number of hours from 1 to 24 is accepted (0 = off). */
export const BACKGROUND_SYNC_CHOICES = [0, 1, 2, 4, 8, 12, 24] as const;

const staleAfterHours = z
  .number()
  .int('Enter a whole number of hours.')
  .min(STALE_AFTER_HOURS.min, 'Warn after at least 1 hour.')
  .max(STALE_AFTER_HOURS.max, 'Warn after at most 720 hours (30 days).');
const backgroundSyncHours = z
  .number()
  .int('Enter a whole number of hours.')
  .min(0, 'Use 0 to turn background sync off, or 1 to 24 hours.')
  .max(24, 'Background sync runs at least once a day: choose 24 hours or fewer.');

/**
 * User settings kept in the database (shared by the app and the CLI). Each field has a default,
 * so an older or damaged value never blocks anything.
 */
export const appSettingsSchema = z.object({
  /** The range the tray's "Sync now" (and background sync) uses. */
  syncDefaultPreset: rangePreset.default('this-month'),
  /** An instance whose last successful sync is older than this is shown as stale. */
  staleAfterHours: staleAfterHours.default(STALE_AFTER_HOURS.default),
  /** Sync the default range every N hours while the app runs; 0 = off (the default). */
  backgroundSyncHours: backgroundSyncHours.default(0),
  /** In the current week or month, expected hours count the days up to yesterday (default) or today. */
  expectedUpTo: expectedUpTo.default('yesterday'),
  /** The Timesheet's anomalies mark days with more logged than this many hours. */
  maxDayHours: maxDayHours.default(MAX_DAY_HOURS.default),
  /** Morning reminder in the tray: "N people are behind for yesterday" (off by default; nothing is sent). */
  morningReminder: z.boolean().default(false),
  /** Local time of the morning reminder. */
  morningReminderTime: timeOfDay.default('09:00'),
  /** The local day the reminder last fired, so it never fires twice a day (kept by the app, not the user). */
  morningReminderLastFired: isoDay.nullable().default(null),
});

/** A change to some settings: the fields given replace the stored ones. */
export const appSettingsPatchSchema = z
  .object({
    syncDefaultPreset: rangePreset.optional(),
    staleAfterHours: staleAfterHours.optional(),
    backgroundSyncHours: backgroundSyncHours.optional(),
    expectedUpTo: expectedUpTo.optional(),
    maxDayHours: maxDayHours.optional(),
    morningReminder: z.boolean().optional(),
    morningReminderTime: timeOfDay.optional(),
  })
  .strict();

export type AppSettings = z.output<typeof appSettingsSchema>;

export const DEFAULT_SETTINGS: AppSettings = appSettingsSchema.parse({});
