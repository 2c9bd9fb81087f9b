import type { IsoWeekday, TeamMember } from '../../../shared/domain/team.js';
import { weekdaysFromText, weekdaysToText } from '../../../shared/domain/team.js';
import type { Db } from '../store/open-database.js';

interface Row {
  account_id: string;
  display_name: string;
  daily_seconds: number;
  working_weekdays: string;
  added_at: string;
}

const toMember = (r: Row): TeamMember => ({
  accountId: r.account_id,
  displayName: r.display_name,
  dailySeconds: r.daily_seconds,
  workingWeekdays: weekdaysFromText(r.working_weekdays),
  addedAt: r.added_at,
});

/** Rows of `team_members`. Validation lives in team-service.ts; the table's CHECKs are the last guard. */
export function teamRepo(db: Db) {
  const all = db.prepare<[], Row>('SELECT * FROM team_members ORDER BY display_name COLLATE NOCASE, account_id');
  const one = db.prepare<[string], Row>('SELECT * FROM team_members WHERE account_id = ?');
  const insert = db.prepare(
    'INSERT INTO team_members (account_id, display_name, daily_seconds, working_weekdays, added_at) VALUES (@accountId, @displayName, @dailySeconds, @weekdays, @addedAt)',
  );
  const update = db.prepare(
    'UPDATE team_members SET display_name = @displayName, daily_seconds = @dailySeconds, working_weekdays = @weekdays WHERE account_id = @accountId',
  );
  const remove = db.prepare<[string]>('DELETE FROM team_members WHERE account_id = ?');
  // The most recent name a person's worklogs carry, on any instance.
  const knownName = db.prepare<[string], { author_name: string }>(
    'SELECT author_name FROM worklogs WHERE author_account_id = ? AND author_name IS NOT NULL ORDER BY local_date DESC LIMIT 1',
  );
  return {
    list: (): TeamMember[] => all.all().map(toMember),
    get: (accountId: string): TeamMember | null => {
      const r = one.get(accountId);
      return r ? toMember(r) : null;
    },
    insert(m: TeamMember): void {
      insert.run({ ...m, weekdays: weekdaysToText(m.workingWeekdays) });
    },
    update(m: Pick<TeamMember, 'accountId' | 'displayName' | 'dailySeconds'> & { workingWeekdays: readonly IsoWeekday[] }): boolean {
      return update.run({ ...m, weekdays: weekdaysToText(m.workingWeekdays) }).changes === 1;
    },
    remove: (accountId: string): boolean => remove.run(accountId).changes === 1,
    knownName: (accountId: string): string | null => knownName.get(accountId)?.author_name ?? null,
  };
}

export type TeamRepo = ReturnType<typeof teamRepo>;
