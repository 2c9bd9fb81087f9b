import type { Db } from '../store/open-database.js';

/**
 * The latest day with any worklog strictly before `before`, or null when there is none. Charts
 * opens on the last complete week or month with data: the renderer asks for the latest day before
 * the current period starts and shows that day's period. Answered from the local_date index
 * (migration 002) without reading a table row.
 */
export function lastDayWithData(db: Db, before: string): string | null {
  const row = db.prepare('SELECT max(local_date) AS day FROM worklogs WHERE local_date < ?').get(before) as { day: string | null } | undefined;
  return row?.day ?? null;
}
