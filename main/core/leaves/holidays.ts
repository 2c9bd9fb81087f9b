import type { Holiday } from '../../../shared/domain/leaves.js';
import { AppError } from '../errors.js';
import type { Db } from '../store/open-database.js';
import { parseIcsHolidays } from './ics.js';

/** The workspace's public holidays: nobody is expected to work on them. */
export function createHolidays(db: Db) {
  const upsert = db.prepare('INSERT INTO holidays (date, name) VALUES (?, ?) ON CONFLICT (date) DO UPDATE SET name = excluded.name');
  const exists = db.prepare('SELECT 1 FROM holidays WHERE date = ?');
  return {
    /** All of them, or those in [from, to]. */
    list(range?: { from: string; to: string }): Holiday[] {
      return range
        ? (db.prepare('SELECT date, name FROM holidays WHERE date BETWEEN ? AND ? ORDER BY date').all(range.from, range.to) as Holiday[])
        : (db.prepare('SELECT date, name FROM holidays ORDER BY date').all() as Holiday[]);
    },
    /** Adds a day, or renames it when it is there already. */
    add(h: Holiday): Holiday {
      upsert.run(h.date, h.name.trim());
      return { date: h.date, name: h.name.trim() };
    },
    remove(date: string): boolean {
      return db.prepare('DELETE FROM holidays WHERE date = ?').run(date).changes > 0;
    },
    /** Adds the all-day events of an .ics file (existing days are renamed, nothing is removed). */
    importIcs(text: string): { added: number; updated: number; holidays: Holiday[] } {
      const parsed = parseIcsHolidays(text);
      if (parsed.length === 0) {
        throw new AppError('validation', 'That file has no all-day events: pick an .ics calendar of public holidays (one VEVENT with DTSTART;VALUE=DATE per day).');
      }
      let added = 0;
      let updated = 0;
      db.transaction(() => {
        for (const h of parsed) {
          if (exists.get(h.date)) updated += 1;
          else added += 1;
          upsert.run(h.date, h.name);
        }
      })();
      return { added, updated, holidays: parsed };
    },
  };
}

export type Holidays = ReturnType<typeof createHolidays>;
