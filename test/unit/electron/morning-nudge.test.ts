import type { Menu, MenuItemConstructorOptions, Tray as ElectronTray } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppCore } from '../../../main/core/app-core.js';
import { createAppCore } from '../../../main/core/app-core.js';
import type { Timers } from '../../../main/core/ports.js';
import { behindHash } from '../../../shared/domain/behind-route.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { Notification, Tray, powerMonitor, resetElectronFake } from './electron-fake.js';

vi.mock('electron', () => import('./electron-fake.js'));
const { wireMorningNudge, behindNames } = await import('../../../main/electron/morning-nudge.js');
const { createNotifier } = await import('../../../main/electron/notifications.js');
const { createAppTray } = await import('../../../main/electron/tray.js');
const { wireTraySync } = await import('../../../main/electron/tray-sync.js');

/**
 * The morning reminder in the desktop shell: a real core (SQLite file, the Timesheet's numbers),
 * Electron's Notification, Tray and powerMonitor faked, and a clock the test moves by hand.
 */
const local = (d: number, h: number, m: number): Date => new Date(2026, 11, d, h, m);

function manualTimers() {
  const pending = new Map<number, () => void>();
  let id = 0;
  const timers: Timers = {
    setTimeout: (fn) => (pending.set(++id, fn), id),
    clearTimeout: (h) => pending.delete(h as number),
  };
  /** Fires what is pending now (the scheduler's minute tick). */
  const tick = (): void => {
    for (const [key, fn] of [...pending]) {
      pending.delete(key);
      fn();
    }
  };
  return { timers, pending, tick };
}

let tmp: ReturnType<typeof makeTempDir>;
let core: AppCore;
let now: Date;
let n = 0;
const log = (id: string, name: string, date: string, hours: number): void => {
  core.db
    .prepare(
      "INSERT INTO worklogs (instance_id, source, source_id, issue_id, author_account_id, author_name, local_date, started, seconds, raw, synced_at) VALUES ('i1', 'jira', ?, '1', ?, ?, ?, ?, ?, '{}', 'now')",
    )
    .run(String(++n), id, name, date, `${date}T09:00:00.000+0000`, hours * 3600);
};

beforeEach(() => {
  resetElectronFake();
  tmp = makeTempDir('wd-nudge-');
  core = createAppCore({ host: 'cli', dataDir: tmp.dir });
  core.db.prepare(
    "INSERT INTO instances (id, name, url, email, tempo_base_url, tempo_enabled, created_at, updated_at) VALUES ('i1', 'alpha', 'https://a', 'e@x', 'https://api.tempo.io', 0, 'now', 'now')",
  ).run();
  const member = core.db.prepare("INSERT INTO team_members (account_id, display_name, daily_seconds, working_weekdays, added_at) VALUES (?, ?, 28800, '1,2,3,4,5', 'now')");
  member.run('acc-ana', 'Ana Núñez');
  member.run('acc-zoe', 'Zoë 🚀');
  log('acc-ana', 'Ana Núñez', '2026-12-04', 8);
  log('acc-zoe', 'Zoë 🚀', '2026-12-04', 2);
  core.services.settings.update({ morningReminder: true, morningReminderTime: '09:00' });
  now = local(7, 8, 30); // Monday
});
afterEach(() => {
  core.close();
  tmp.cleanup();
});

function setup() {
  const clock = manualTimers();
  const opened: string[] = [];
  const nudge = wireMorningNudge(core, createNotifier('/icons/app.png'), (hash) => opened.push(hash), { now: () => now, timers: clock.timers });
  let template: MenuItemConstructorOptions[] = [];
  const traySync = wireTraySync(core, { notify: () => true }, vi.fn(), { now: () => now, timers: manualTimers().timers, nudge });
  const tray = createAppTray('/icons/tray.png', { open: vi.fn(), syncNow: vi.fn(), openBehind: () => nudge.openBehind(), quit: vi.fn() }, traySync.state(), {
    createTray: () => new Tray('icon') as unknown as ElectronTray,
    buildMenu: (t) => {
      template = t;
      return { items: t } as unknown as Menu;
    },
  });
  traySync.attach(tray);
  const item = (id: string) => template.find((i) => i.id === id);
  return { nudge, clock, opened, item, traySync };
}

const click = (item: MenuItemConstructorOptions | undefined): void => (item?.click as unknown as () => void)();

describe('morning reminder (Electron side)', () => {
  it('notifies once at the chosen time about Friday, the tray shows the count, clicks open the Timesheet on those people', () => {
    const { nudge, clock, opened, item } = setup();
    clock.tick();
    expect(Notification.instances).toHaveLength(0);
    expect(item('behind')).toBeUndefined();

    now = local(7, 9, 0);
    clock.tick();
    expect(Notification.instances).toHaveLength(1);
    const shown = Notification.instances[0]!;
    expect(shown.options).toMatchObject({ title: '1 person is behind for Friday 4 Dec', body: 'Zoë 🚀. Click to see their days in the Timesheet.', icon: '/icons/app.png' });
    expect(shown.show).toHaveBeenCalledTimes(1);
    expect(core.services.settings.get().morningReminderLastFired).toBe('2026-12-07');
    expect(item('behind')?.label).toBe('1 person behind for Friday 4 Dec');

    // Never twice: later ticks and a wake-up the same day.
    now = local(7, 15, 0);
    clock.tick();
    powerMonitor.emit('resume');
    expect(Notification.instances).toHaveLength(1);

    const zoe = behindHash({ day: '2026-12-04', accountIds: ['acc-zoe'] });
    shown.emit('click');
    expect(opened).toEqual([zoe]);
    click(item('behind'));
    expect(opened).toEqual([zoe, zoe]);
    nudge.dispose();
  });

  it('after a sync the tray follows who caught up; the day asleep at 09:00 is reminded on waking', () => {
    const { nudge, clock, opened, item } = setup();
    now = local(7, 9, 1);
    clock.tick();
    log('acc-zoe', 'Zoë 🚀', '2026-12-04', 6);
    core.events.emit('sync.finished', { runId: 'r1', from: '2026-12-01', to: '2026-12-31', ok: true, runs: [] });
    expect(item('behind')?.label).toBe('Nobody behind for Friday 4 Dec');
    click(item('behind'));
    expect(opened).toEqual(['#/timesheet']);

    // Tuesday: the laptop slept through 09:00 and wakes at 13:00; nobody logged Monday.
    now = local(8, 13, 0);
    expect(nudge.line()).toBeNull();
    powerMonitor.emit('resume');
    expect(Notification.instances).toHaveLength(2);
    expect(Notification.instances[1]!.options).toMatchObject({ title: '2 people are behind for yesterday', body: 'Ana Núñez, Zoë 🚀. Click to see their days in the Timesheet.' });
    expect(item('behind')?.label).toBe('2 people behind for yesterday');
    Notification.instances[1]!.emit('click');
    expect(opened.at(-1)).toBe(behindHash({ day: '2026-12-07', accountIds: ['acc-ana', 'acc-zoe'] }));
    nudge.dispose();
  });

  it('stays silent when off, on a weekend, and after dispose; the tray line goes with the setting', () => {
    core.services.settings.update({ morningReminder: false });
    const { nudge, clock, item } = setup();
    now = local(7, 9, 30);
    clock.tick();
    expect(Notification.instances).toHaveLength(0);
    core.services.settings.update({ morningReminder: true });
    clock.tick();
    expect(Notification.instances).toHaveLength(1);
    expect(item('behind')?.label).toBe('1 person behind for Friday 4 Dec');
    core.services.settings.update({ morningReminder: false });
    expect(item('behind')).toBeUndefined();

    core.services.settings.update({ morningReminder: true });
    now = local(12, 10, 0); // Saturday
    clock.tick();
    powerMonitor.emit('resume');
    expect(Notification.instances).toHaveLength(1);
    nudge.dispose();
    now = local(14, 10, 0); // Monday, after dispose
    powerMonitor.emit('resume');
    expect(clock.pending.size).toBe(0);
    expect(Notification.instances).toHaveLength(1);
  });

  it('names up to four people, then says how many more', () => {
    const p = (name: string) => ({ accountId: name, name });
    expect(behindNames([p('Ana'), p('Bo')])).toBe('Ana, Bo');
    expect(behindNames(['A', 'B', 'C', 'D', 'E', 'F'].map(p))).toBe('A, B, C, D and 2 more');
  });
});
