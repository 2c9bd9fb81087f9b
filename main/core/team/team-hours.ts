import { endOfWeek, startOfWeek } from 'date-fns';
import type { IsoDate } from '../../../shared/domain/dates.js';
import { toIsoDate } from '../../../shared/domain/dates.js';
import type { Db } from '../store/open-database.js';

export interface TeamHours {
  /** 'team' when "my team" has members (only theirs count), else 'everyone'. */
  scope: 'team' | 'everyone';
  today: IsoDate;
  /** The ISO week of `today`, Monday to Sunday. */
  week: { from: IsoDate; to: IsoDate };
  todaySeconds: number;
  weekSeconds: number;
}

/**
 * Hours logged today and this week, for the tray. Days are the authors' own calendar days as
 * stored in `local_date` (work logged at 23:30 in New York is that day's, wherever the lead is);
 * "today" is the lead's local date. One range scan of the (local_date, author, …) index.
 */
export function teamHours(db: Db, now: Date): TeamHours {
  const today = toIsoDate(now);
  const week = { from: toIsoDate(startOfWeek(now, { weekStartsOn: 1 })), to: toIsoDate(endOfWeek(now, { weekStartsOn: 1 })) };
  const hasTeam = db.prepare('SELECT EXISTS (SELECT 1 FROM team_members) AS yes').get() as { yes: number };
  const scope = hasTeam.yes === 1 ? 'team' : 'everyone';
  const row = db
    .prepare(
      `SELECT COALESCE(SUM(CASE WHEN local_date = @today THEN seconds ELSE 0 END), 0) AS today, COALESCE(SUM(seconds), 0) AS week
       FROM worklogs WHERE local_date BETWEEN @from AND @to
       ${scope === 'team' ? 'AND author_account_id IN (SELECT account_id FROM team_members)' : ''}`,
    )
    .get({ today, from: week.from, to: week.to }) as { today: number; week: number };
  return { scope, today, week, todaySeconds: row.today, weekSeconds: row.week };
}
