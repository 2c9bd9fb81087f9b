import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCore } from '../../main/core/app-core.js';
import { createEventBus } from '../../main/core/event-bus.js';
import type { Db } from '../../main/core/store/open-database.js';
import { openDatabase } from '../../main/core/store/open-database.js';
import { settingsRepo } from '../../main/core/settings/settings-repo.js';
import { createSettingsService } from '../../main/core/settings/settings-service.js';
import { systemClock } from '../../main/core/system-clock.js';
import type { AppSettings } from '../../shared/domain/settings.js';
import { makeTempDir } from '../helpers/temp-dir.js';

describe('settings: freshness and background sync (real SQLite)', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let db: Db;
  beforeEach(() => {
    tmp = makeTempDir('wd-settings-');
    db = openDatabase(tmp.dir);
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  it('defaults: warn after 24 hours, background sync off', () => {
    expect(createSettingsService(settingsRepo(db), systemClock).get()).toEqual({ syncDefaultPreset: 'this-month', staleAfterHours: 24, backgroundSyncHours: 0, expectedUpTo: 'yesterday', maxDayHours: 12, morningReminder: false, morningReminderTime: '09:00', morningReminderLastFired: null });
  });

  it('a document saved before these settings existed keeps its values and gains the defaults', () => {
    settingsRepo(db).write('app', { syncDefaultPreset: 'last-month' }, new Date().toISOString());
    expect(createSettingsService(settingsRepo(db), systemClock).get()).toEqual({ syncDefaultPreset: 'last-month', staleAfterHours: 24, backgroundSyncHours: 0, expectedUpTo: 'yesterday', maxDayHours: 12, morningReminder: false, morningReminderTime: '09:00', morningReminderLastFired: null });
  });

  it('saves and announces a change; other fields stay', () => {
    const events = createEventBus();
    const seen: unknown[] = [];
    events.subscribe((e, p) => e === 'settings.changed' && seen.push(p));
    const s = createSettingsService(settingsRepo(db), systemClock, events);
    s.update({ syncDefaultPreset: 'this-week' });
    const next = s.update({ staleAfterHours: 6, backgroundSyncHours: 4 });
    expect(next).toEqual({ syncDefaultPreset: 'this-week', staleAfterHours: 6, backgroundSyncHours: 4, expectedUpTo: 'yesterday', maxDayHours: 12, morningReminder: false, morningReminderTime: '09:00', morningReminderLastFired: null });
    expect(createSettingsService(settingsRepo(db), systemClock).get()).toEqual(next);
    expect(seen.at(-1)).toEqual(next);
  });

  it('main refuses out-of-range values in plain words, and nothing is saved', async () => {
    const core = createAppCore({ host: 'cli', dataDir: tmp.dir });
    const dispatch = (channel: string, input: unknown) => core.dispatch(channel, input);
    const refused: Array<[unknown, RegExp]> = [
      [{ staleAfterHours: 0 }, /at least 1 hour/],
      [{ staleAfterHours: 721 }, /at most 720 hours/],
      [{ staleAfterHours: 1.5 }, /whole number of hours/],
      [{ staleAfterHours: '24' }, /staleAfterHours/],
      [{ backgroundSyncHours: -1 }, /0 to turn background sync off/],
      [{ backgroundSyncHours: 25 }, /24 hours or fewer/],
      [{ backgroundSyncHours: 2.5 }, /whole number of hours/],
      [{ backgroundSyncHours: null }, /backgroundSyncHours/],
      [{ staleAfterHours: 24, extra: true }, /extra|Unrecognized/i],
      [{ maxDayHours: 25 }, /at most 24 hours/],
      [{ morningReminderTime: '9:00' }, /time like 09:00/],
      [{ morningReminderTime: '24:00' }, /time like 09:00/],
      // The last-fired day is the app's own bookkeeping: the renderer cannot set it.
      [{ morningReminderLastFired: '2026-12-01' }, /morningReminderLastFired|Unrecognized/i],
    ];
    for (const [input, message] of refused) {
      const r = await dispatch('settings.update', input);
      expect(r, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(message) } });
    }
    expect(((await dispatch('settings.get', {})) as { value: AppSettings }).value).toEqual({ syncDefaultPreset: 'this-month', staleAfterHours: 24, backgroundSyncHours: 0, expectedUpTo: 'yesterday', maxDayHours: 12, morningReminder: false, morningReminderTime: '09:00', morningReminderLastFired: null });
    const ok = await dispatch('settings.update', { staleAfterHours: 720, backgroundSyncHours: 24 });
    expect(ok).toMatchObject({ ok: true, value: { staleAfterHours: 720, backgroundSyncHours: 24 } });
    expect(((await dispatch('settings.get', {})) as { value: AppSettings }).value).toMatchObject({ staleAfterHours: 720, backgroundSyncHours: 24 });
    core.close();
  });
});
