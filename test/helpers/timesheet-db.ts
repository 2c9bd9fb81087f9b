import { afterEach, beforeEach } from 'vitest';
import type { Db } from '../../main/core/store/open-database.js';
import { openDatabase } from '../../main/core/store/open-database.js';
import { makeTempDir } from './temp-dir.js';

export interface TimesheetLeaveRow {
  id: number;
  employeeId: number;
  from: string;
  to: string;
  halfDay?: 'morning' | 'afternoon' | null;
  approved: boolean;
  type?: string;
}

export interface TimesheetWorklogRow {
  sourceId: string;
  accountId: string;
  authorName?: string;
  date: string;
  seconds: number;
}

/**
 * The Timesheet tests' world: a real SQLite file in a fresh folder with one Jira site ('i1',
 * Tempo off), and one-line inserts for what a timesheet reads (team members, the people map,
 * holidays, Factorial leaves, worklogs). `db` may be closed and reopened by a test (to hand the
 * folder to an app core); whatever is open at the end is closed, and the folder removed.
 */
export interface TimesheetDb {
  db: Db;
  dir: string;
  member(accountId: string, name: string, dailySeconds?: number, workingWeekdays?: readonly number[]): void;
  /** Links a Jira account to a Factorial employee (how leaves find their person). */
  mapPerson(accountId: string, employeeId: number): void;
  holiday(date: string, name: string): void;
  leave(l: TimesheetLeaveRow): void;
  worklog(w: TimesheetWorklogRow): void;
}

/** Registers the before/after hooks of a describe block; read the fields inside each test. */
export function useTimesheetDb(): TimesheetDb {
  let tmp: ReturnType<typeof makeTempDir> | null = null;
  const t = {
    db: null as unknown as Db,
    dir: '',
    member: (accountId, name, dailySeconds = 28_800, workingWeekdays = [1, 2, 3, 4, 5]) => {
      t.db.prepare('INSERT INTO team_members (account_id, display_name, daily_seconds, working_weekdays, added_at) VALUES (?, ?, ?, ?, ?)').run(accountId, name, dailySeconds, workingWeekdays.join(','), 'now');
    },
    mapPerson: (accountId, employeeId) => {
      t.db.prepare("INSERT INTO people_map VALUES (?, ?, 'manual', 'now')").run(accountId, employeeId);
    },
    holiday: (date, name) => {
      t.db.prepare('INSERT INTO holidays (date, name) VALUES (?, ?)').run(date, name);
    },
    leave: (l) => {
      t.db
        .prepare("INSERT INTO leaves (id, employee_id, start_on, finish_on, half_day, leave_type_id, leave_type_name, approved, updated_at, synced_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, NULL, 'now')")
        .run(l.id, l.employeeId, l.from, l.to, l.halfDay ?? null, l.type ?? 'Vacation', l.approved ? 1 : 0);
    },
    worklog: (w) => {
      t.db
        .prepare(
          "INSERT INTO worklogs (instance_id, source, source_id, issue_id, author_account_id, author_name, local_date, started, seconds, raw, synced_at) VALUES ('i1', 'jira', ?, '1', ?, ?, ?, ?, ?, '{}', 'now')",
        )
        .run(w.sourceId, w.accountId, w.authorName ?? w.accountId, w.date, `${w.date}T09:00:00.000+0000`, w.seconds);
    },
  } satisfies TimesheetDb as TimesheetDb;

  beforeEach(() => {
    tmp = makeTempDir();
    t.dir = tmp.dir;
    t.db = openDatabase(tmp.dir);
    t.db
      .prepare("INSERT INTO instances (id, name, url, email, tempo_base_url, tempo_enabled, created_at, updated_at) VALUES ('i1', 'alpha', 'https://a', 'e@x', 'https://api.tempo.io', 0, 'now', 'now')")
      .run();
  });
  afterEach(() => {
    if (t.db.open) t.db.close();
    tmp?.cleanup();
  });
  return t;
}
