import { z } from 'zod';

const rangePreset = z.enum(['this-week', 'this-month', 'last-month']);

/**
 * User settings kept in the database (shared by the app and the CLI). Each field has a default,
 * so an older or damaged value never blocks anything.
 */
export const appSettingsSchema = z.object({
  /** The range the tray's "Sync now" uses. */
  syncDefaultPreset: rangePreset.default('this-month'),
});

/** A change to some settings: the fields given replace the stored ones. */
export const appSettingsPatchSchema = z
  .object({
    syncDefaultPreset: rangePreset.optional(),
  })
  .strict();

export type AppSettings = z.output<typeof appSettingsSchema>;

export const DEFAULT_SETTINGS: AppSettings = appSettingsSchema.parse({});
