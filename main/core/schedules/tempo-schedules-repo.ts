import type { Db } from '../store/open-database.js';

/** One stored day of a person's Tempo schedule. */
export interface TempoScheduleDay {
  date: string;
  requiredSeconds: number;
  /** As Tempo sends it: WORKING_DAY, NON_WORKING_DAY, HOLIDAY, HOLIDAY_AND_NON_WORKING_DAY, ... */
  type: string;
  holiday: string | null;
}

/** Tempo's kinds of day that are holidays (required 0 because of the holiday scheme). */
export const isTempoHoliday = (type: string): boolean => type.toUpperCase().includes('HOLIDAY');

/** The tempo_schedule_days table: Tempo's required hours per person and day (see migration tempo-schedules). */
export function tempoSchedulesRepo(db: Db) {
  const del = db.prepare('DELETE FROM tempo_schedule_days WHERE account_id = ? AND date BETWEEN ? AND ?');
  const ins = db.prepare(
    'INSERT INTO tempo_schedule_days (account_id, date, required_seconds, day_type, holiday_name, instance_id, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const coverage = db.prepare('SELECT count(*) AS n, min(synced_at) AS oldest FROM tempo_schedule_days WHERE account_id = ? AND date BETWEEN ? AND ?');
  return {
    /** Whether every day of [from, to] of a person is stored and was read at or after `sinceIso`. */
    freshSince(accountId: string, from: string, to: string, sinceIso: string): boolean {
      const row = coverage.get(accountId, from, to) as { n: number; oldest: string | null };
      const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
      return row.n === days && row.oldest !== null && row.oldest >= sinceIso;
    },
    /** Replaces a person's days of [from, to] in one transaction: a failed sync leaves the old days whole. */
    replace(accountId: string, from: string, to: string, days: readonly TempoScheduleDay[], instanceId: string, syncedAt: string): void {
      db.transaction(() => {
        del.run(accountId, from, to);
        for (const d of days) if (d.date >= from && d.date <= to) ins.run(accountId, d.date, d.requiredSeconds, d.type, d.holiday, instanceId, syncedAt);
      })();
    },
    /** Every stored day of [from, to], per person then date. */
    byAccount(from: string, to: string): Map<string, Map<string, TempoScheduleDay>> {
      const rows = db
        .prepare(
          'SELECT account_id AS accountId, date, required_seconds AS requiredSeconds, day_type AS type, holiday_name AS holiday FROM tempo_schedule_days WHERE date BETWEEN ? AND ?',
        )
        .all(from, to) as Array<TempoScheduleDay & { accountId: string }>;
      const out = new Map<string, Map<string, TempoScheduleDay>>();
      for (const { accountId, ...day } of rows) {
        const mine = out.get(accountId) ?? new Map<string, TempoScheduleDay>();
        mine.set(day.date, day);
        out.set(accountId, mine);
      }
      return out;
    },
  };
}
