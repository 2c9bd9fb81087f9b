import type { z } from 'zod';
import type { Db } from '../store/open-database.js';

/** App settings as JSON values in SQLite (shared by the app and the CLI; never secrets). */
export function settingsRepo(db: Db) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const put = db.prepare(
    'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  );
  return {
    /** The stored value when it still matches the schema, else the fallback (a bad value never breaks startup). */
    read<T>(key: string, schema: z.ZodType<T>, fallback: T): T {
      const row = get.get(key);
      if (!row) return fallback;
      const parsed = schema.safeParse(JSON.parse(row.value));
      return parsed.success ? parsed.data : fallback;
    },
    write(key: string, value: unknown, at: string): void {
      put.run(key, JSON.stringify(value), at);
    },
  };
}

export type SettingsRepo = ReturnType<typeof settingsRepo>;
