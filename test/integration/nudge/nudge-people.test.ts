import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nudgePeople } from '../../../main/core/nudge/nudge-people.js';
import { DEFAULT_SCHEDULE } from '../../../main/core/leaves/expected-hours.js';
import type { Schedule } from '../../../main/core/leaves/leaves-port.js';
import type { Db } from '../../../main/core/store/open-database.js';
import { openDatabase } from '../../../main/core/store/open-database.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

/**
 * Who the morning reminder calls "behind", against a real SQLite file: the Timesheet's people and
 * its expected hours (team schedules, part time, holidays, approved leaves), one day at a time.
 */
describe('morning reminder: who is behind', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let db: Db;
  const member = (id: string, name: string, daily: number): void => {
    db.prepare('INSERT INTO team_members (account_id, display_name, daily_seconds, working_weekdays, added_at) VALUES (?, ?, ?, ?, ?)').run(id, name, daily, '1,2,3,4,5', 'now');
  };
  let n = 0;
  const log = (id: string, name: string, date: string, hours: number): void => {
    db.prepare(
      "INSERT INTO worklogs (instance_id, source, source_id, issue_id, author_account_id, author_name, local_date, started, seconds, raw, synced_at) VALUES ('i1', 'jira', ?, '1', ?, ?, ?, ?, ?, '{}', 'now')",
    ).run(String(++n), id, name, date, `${date}T09:00:00.000+0000`, Math.round(hours * 3600));
  };
  // The schedule services.ts gives: team members' own, everyone else the default week.
  const schedule: Schedule = (accountId) => {
    const row = db.prepare('SELECT daily_seconds AS d FROM team_members WHERE account_id = ?').get(accountId) as { d: number } | undefined;
    return row ? { dailySeconds: row.d, workingWeekdays: [1, 2, 3, 4, 5] as const } : DEFAULT_SCHEDULE;
  };

  beforeEach(() => {
    tmp = makeTempDir();
    db = openDatabase(tmp.dir);
    db.prepare(
      "INSERT INTO instances (id, name, url, email, tempo_base_url, tempo_enabled, created_at, updated_at) VALUES ('i1', 'alpha', 'https://a', 'e@x', 'https://api.tempo.io', 0, 'now', 'now')",
    ).run();
    db.prepare("INSERT INTO holidays (date, name) VALUES ('2026-12-08', 'Immaculate Conception')").run();
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  it('names the team members short of their day (part time included), not those on approved leave, not people outside the team', () => {
    member('acc-ana', 'Ana Núñez', 8 * 3600);
    member('acc-bob', 'Bob', 4 * 3600);
    member('acc-zoe', 'Zoë 🚀', 8 * 3600);
    member('acc-eve', 'Eve', 8 * 3600);
    db.prepare("INSERT INTO people_map VALUES ('acc-eve', 10, 'manual', 'now')").run();
    db.prepare(
      "INSERT INTO leaves (id, employee_id, start_on, finish_on, half_day, leave_type_id, leave_type_name, approved, updated_at, synced_at) VALUES (1, 10, '2026-12-04', '2026-12-04', NULL, 1, 'Vacation', 1, NULL, 'now')",
    ).run();
    log('acc-ana', 'Ana Núñez', '2026-12-04', 8);
    log('acc-bob', 'Bob', '2026-12-04', 3.5); // part time: 4 h expected
    log('acc-carl', 'Carl', '2026-12-04', 1); // not in the team
    log('acc-zoe', 'Zoë 🚀', '2026-12-03', 8); // the day before only
    const people = nudgePeople(db, schedule);
    expect(people.behindFor('2026-12-04')).toEqual([
      { accountId: 'acc-bob', name: 'Bob' },
      { accountId: 'acc-zoe', name: 'Zoë 🚀' },
    ]);
    // Less than a minute short is rounding, not "behind" (the Timesheet's own threshold).
    log('acc-bob', 'Bob', '2026-12-04', 0.5 - 30 / 3600);
    expect(people.behindFor('2026-12-04').map((p) => p.accountId)).toEqual(['acc-zoe']);
  });

  it('without a team: everyone who logged in the four weeks before counts, also with nothing on the day', () => {
    log('acc-ana', 'Ana Núñez', '2026-12-04', 8);
    log('acc-bob', 'Bob', '2026-11-10', 8); // logged weeks ago, nothing on the day
    log('acc-old', 'Olga', '2026-10-01', 8); // too long ago to be one of the Timesheet's people
    expect(nudgePeople(db, schedule).behindFor('2026-12-04')).toEqual([{ accountId: 'acc-bob', name: 'Bob' }]);
  });

  it('working days follow the schedules and holidays', () => {
    const people = nudgePeople(db, schedule);
    expect(people.isWorkingDay('2026-12-04')).toBe(true); // Friday
    expect(people.isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(people.isWorkingDay('2026-12-08')).toBe(false); // holiday
    member('acc-ana', 'Ana Núñez', 8 * 3600);
    const sixDays = nudgePeople(db, (id: string): ReturnType<Schedule> => (id === 'acc-ana' ? { dailySeconds: 8 * 3600, workingWeekdays: [1, 2, 3, 4, 5, 6] as const } : DEFAULT_SCHEDULE));
    expect(sixDays.isWorkingDay('2026-12-05')).toBe(true);
    expect(sixDays.isWorkingDay('2026-12-08')).toBe(false);
  });
});
