import { z } from 'zod';

const rangePreset = z.enum(['this-week', 'this-month', 'last-month']);
/** Up to which day of the current period expected hours count (later days are shown, not totalled). */
export const EXPECTED_UP_TO = ['yesterday', 'today'] as const;
export type ExpectedUpTo = (typeof EXPECTED_UP_TO)[number];
const expectedUpTo = z.enum(EXPECTED_UP_TO);

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
});

/** A change to some settings: the fields given replace the stored ones. */
export const appSettingsPatchSchema = z
  .object({
    syncDefaultPreset: rangePreset.optional(),
    staleAfterHours: staleAfterHours.optional(),
    backgroundSyncHours: backgroundSyncHours.optional(),
    expectedUpTo: expectedUpTo.optional(),
  })
  .strict();

export type AppSettings = z.output<typeof appSettingsSchema>;

export const DEFAULT_SETTINGS: AppSettings = appSettingsSchema.parse({});
