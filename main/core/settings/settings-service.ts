import type { AppSettings } from '../../../shared/domain/settings.js';
import { DEFAULT_SETTINGS, appSettingsSchema } from '../../../shared/domain/settings.js';
import type { EventBus } from '../event-bus.js';
import type { Clock } from '../ports.js';
import type { SettingsRepo } from './settings-repo.js';

const KEY = 'app';

/** Reads and changes the user's settings (one JSON document, validated on the way in and out). */
export function createSettingsService(repo: SettingsRepo, clock: Clock, events?: EventBus) {
  const get = (): AppSettings => repo.read(KEY, appSettingsSchema, DEFAULT_SETTINGS);
  return {
    get,
    update(patch: Partial<AppSettings>): AppSettings {
      const next = appSettingsSchema.parse({ ...get(), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) });
      repo.write(KEY, next, clock.now().toISOString());
      events?.emit('settings.changed', next);
      return next;
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
