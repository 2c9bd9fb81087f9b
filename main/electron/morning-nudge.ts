import { powerMonitor } from 'electron';
import { behindHash } from '../../shared/domain/behind-route.js';
import type { AppCore } from '../core/app-core.js';
import type { BehindPerson, NudgeScheduler, NudgeSummary } from '../core/nudge/nudge-scheduler.js';
import { createNudgeScheduler, nudgeText } from '../core/nudge/nudge-scheduler.js';
import { localDay } from '../core/nudge/nudge-time.js';
import type { Timers } from '../core/ports.js';
import type { Notifier } from './notifications.js';

/** How many names the notification spells out before "and N more". */
const NAMES_SHOWN = 4;

export function behindNames(people: readonly BehindPerson[]): string {
  const names = people.slice(0, NAMES_SHOWN).map((p) => p.name);
  const more = people.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}

export interface MorningNudgeOptions {
  now?: () => Date;
  timers?: Timers;
  /** Electron's powerMonitor; injected by tests. */
  power?: Pick<typeof powerMonitor, 'on' | 'removeListener'>;
}

export interface MorningNudge {
  /** The tray menu's line ("3 people behind for yesterday"), or null when off or not fired today. */
  line(): string | null;
  /** Opens the window on the Timesheet with the people counted (all of the Timesheet when nobody is). */
  openBehind(): void;
  onChange(listener: () => void): () => void;
  scheduler: NudgeScheduler;
  dispose(): void;
}

/**
 * The morning reminder in the desktop app: at the chosen time of a working day (or on waking, when
 * the time passed asleep) a notification "3 people are behind for yesterday" names them; clicking it
 * (or the tray's line) opens the Timesheet filtered to them. It only tells the lead: nothing is sent
 * to anyone. `open(hash)` shows the window at a hash route.
 */
export function wireMorningNudge(core: Pick<AppCore, 'services' | 'events' | 'log'>, notifier: Notifier, open: (hash: string) => void, options: MorningNudgeOptions = {}): MorningNudge {
  const now = options.now ?? (() => new Date());
  const power = options.power ?? powerMonitor;
  const settings = core.services.settings;
  const openFor = (s: NudgeSummary | null): void => {
    open(s && s.people.length > 0 ? behindHash({ day: s.day, accountIds: s.people.map((p) => p.accountId) }) : '#/timesheet');
  };
  const openBehind = (): void => openFor(scheduler.summary());
  const scheduler = createNudgeScheduler({
    now,
    settings: () => settings.get(),
    markFired: (day) => void settings.update({ morningReminderLastFired: day }),
    isWorkingDay: (day) => core.services.nudge.isWorkingDay(day),
    behindFor: (day) => core.services.nudge.behindFor(day),
    notify: (s) => {
      notifier.notify({ title: nudgeText(s, localDay(now())).title, body: `${behindNames(s.people)}. Click to see their days in the Timesheet.`, onClick: () => openFor(s) });
    },
    log: core.log,
    ...(options.timers ? { timers: options.timers } : {}),
  });
  // A laptop asleep at 09:00 gets the reminder when it wakes (same day).
  const onResume = (): void => scheduler.check();
  power.on('resume', onResume);
  // People catch up during the day: a sync recounts, so the tray's number follows.
  const unsubscribe = core.events.subscribe((event) => {
    if (event === 'sync.finished') scheduler.recount();
  });
  scheduler.check();

  return {
    line() {
      const s = settings.get();
      const summary = scheduler.summary();
      const today = localDay(now());
      if (!s.morningReminder || s.morningReminderLastFired !== today || summary === null) return null;
      return nudgeText(summary, today).menu;
    },
    openBehind,
    onChange: (listener) => scheduler.onChange(listener),
    scheduler,
    dispose() {
      unsubscribe();
      power.removeListener('resume', onResume);
      scheduler.dispose();
    },
  };
}
