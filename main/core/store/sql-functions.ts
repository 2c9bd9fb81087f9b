import type Database from 'better-sqlite3';
import { searchText } from '../../../shared/domain/explorer.js';
import { worklogDay } from '../../../shared/domain/zoned-day.js';

/** The SQL name of searchText (shared/domain/explorer.ts): issue key, summary and comment, folded. */
export const SEARCH_TEXT_FUNCTION = 'wd_search_text';

/** The SQL name of the author's day of a Jira `started` in an IANA zone (null: no zone, unknown zone or unreadable). */
export const AUTHOR_DAY_FUNCTION = 'wd_author_day';

const registered = new WeakSet<Database.Database>();

/**
 * App functions that SQL of this app calls: migration 006 backfills the `search` column with
 * searchText, and text search falls back to it for rows written without one (by hand, or by an
 * older tool). Registered once per connection, and by migrate() before any migration runs. The
 * same JS function the sync writes with, so stored and computed values always agree.
 */
export function registerSqlFunctions(db: Database.Database): void {
  if (registered.has(db)) return;
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  db.function(SEARCH_TEXT_FUNCTION, { deterministic: true }, (key: unknown, summary: unknown, comment: unknown) => searchText(text(key), text(summary), text(comment)));
  // Migration 007 re-dates stored Jira worklogs by the author's zone kept in their raw record.
  db.function(AUTHOR_DAY_FUNCTION, { deterministic: true }, (started: unknown, zone: unknown) => {
    if (typeof started !== 'string' || typeof zone !== 'string' || zone === '') return null;
    const day = worklogDay(started, zone);
    return day && !day.fromReaderZone ? day.date : null;
  });
  registered.add(db);
}
