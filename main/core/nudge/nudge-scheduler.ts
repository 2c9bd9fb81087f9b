import type { AppSettings } from '../../../shared/domain/settings.js';
import type { Logger } from '../ports.js';
import type { Timers } from '../ports.js';
import { localDay, localMinutes, minutesOf, previousWorkingDay } from './nudge-time.js';

/** How often the scheduler looks at the clock. A minute is precise enough for "around 09:00". */
export const NUDGE_CHECK_MS = 60_000;

export interface BehindPerson {
  accountId: string;
  name: string;
}

/** What the reminder says: who logged less than expected on `day`. */
export interface NudgeSummary {
  day: string;
  people: BehindPerson[];
}

export type NudgeSettings = Pick<AppSettings, 'morningReminder' | 'morningReminderTime' | 'morningReminderLastFired'>;

export interface NudgeDeps {
  now(): Date;
  settings(): NudgeSettings;
  /** Remembers the day the reminder fired (stored in settings so a restart does not fire again). */
  markFired(day: string): void;
  /** A working day of the team's schedule (not a weekend of everyone, not a holiday). */
  isWorkingDay(day: string): boolean;
  /** The people behind on `day`, as the Timesheet computes it. */
  behindFor(day: string): BehindPerson[];
  /** Shows the reminder (the tray's notification). Nothing is ever sent to anyone. */
  notify(summary: NudgeSummary): void;
  log: Logger;
  timers?: Timers;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Whether the reminder is due at `now`: on, a working day, the chosen local time has passed, and it
 * has not fired today. A laptop asleep at 09:00 therefore gets it at the first check after waking
 * (same day only: a day slept through entirely is not caught up the next day — that day gets its own).
 */
export function nudgeDue(now: Date, s: NudgeSettings, isWorkingDay: (day: string) => boolean): string | null {
  if (!s.morningReminder) return null;
  const today = localDay(now);
  if (s.morningReminderLastFired === today) return null;
  if (localMinutes(now) < minutesOf(s.morningReminderTime)) return null;
  if (!isWorkingDay(today)) return null;
  return today;
}

export interface NudgeScheduler {
  /** Looks at the clock now (called every minute and when the machine wakes up). */
  check(): void;
  /** Counts the last reminder's day again (after a sync: people catch up); never notifies. */
  recount(): void;
  /** The last reminder's summary for the tray menu ("3 behind yesterday"); null before the first. */
  summary(): NudgeSummary | null;
  onChange(listener: () => void): () => void;
  dispose(): void;
}

/** The morning reminder: a minute ticker plus `check()` on wake; fires at most once a local day. */
export function createNudgeScheduler(deps: NudgeDeps): NudgeScheduler {
  const timers = deps.timers ?? realTimers;
  const listeners = new Set<() => void>();
  let last: NudgeSummary | null = null;
  let timer: unknown = null;
  let disposed = false;

  const changed = (): void => {
    for (const l of listeners) l();
  };
  const count = (day: string): NudgeSummary => ({ day, people: deps.behindFor(day) });
  /** Counting reads the database: a failure is logged and leaves the tray as it was, never thrown into a timer. */
  const guarded = (work: () => void): void => {
    try {
      work();
    } catch (e) {
      deps.log.warn('nudge.failed', { message: e instanceof Error ? e.message : String(e) });
    }
  };
  let restored = false;
  /** After a restart on a day the reminder already fired: the tray shows its count again, without a second notification. */
  const restore = (): void => {
    if (restored || last !== null) return;
    const s = deps.settings();
    const today = localDay(deps.now());
    if (!s.morningReminder || s.morningReminderLastFired !== today) return;
    restored = true;
    guarded(() => {
      last = count(previousWorkingDay(today, deps.isWorkingDay));
      changed();
    });
  };

  const check = (): void => {
    if (disposed) return;
    const today = nudgeDue(deps.now(), deps.settings(), deps.isWorkingDay);
    if (today === null) return restore();
    // Marked first: a failure below must not turn into a reminder every minute.
    deps.markFired(today);
    guarded(() => {
      const summary = count(previousWorkingDay(today, deps.isWorkingDay));
      last = summary;
      if (summary.people.length > 0) deps.notify(summary);
      changed();
    });
  };
  const tick = (): void => {
    timer = timers.setTimeout(() => {
      check();
      if (!disposed) tick();
    }, NUDGE_CHECK_MS);
  };
  tick();

  return {
    check,
    recount() {
      const previous = last;
      if (disposed || previous === null) return;
      guarded(() => {
        last = count(previous.day);
        changed();
      });
    },
    summary: () => last,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}

/** The tray's and notification's words: "3 people are behind for yesterday". */
export function nudgeText(s: NudgeSummary, today: string): { title: string; menu: string } {
  const n = s.people.length;
  // Monday's reminder is about Friday: named, since "yesterday" would be Sunday.
  const when = s.day === previousDay(today) ? 'yesterday' : dayName(s.day);
  const who = n === 1 ? '1 person' : `${n} people`;
  return { title: `${n === 1 ? '1 person is' : `${n} people are`} behind for ${when}`, menu: n === 0 ? `Nobody behind for ${when}` : `${who} behind for ${when}` };
}

const dayName = (day: string): string =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
const previousDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
