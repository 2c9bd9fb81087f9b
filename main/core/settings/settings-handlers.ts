import type { Handlers } from '../dispatch.js';
import type { SettingsService } from './settings-service.js';

export function settingsHandlers(settings: SettingsService): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': async () => settings.get(),
    'settings.update': async (patch) => settings.update(patch),
  };
}
