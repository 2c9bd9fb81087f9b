import { nameKey } from '../../../shared/domain/names.js';
import type { Db } from '../store/open-database.js';

export interface InstanceRow {
  id: string;
  name: string;
  url: string;
  email: string;
  tempo_base_url: string;
  tempo_enabled: 0 | 1;
  account_id: string | null;
  account_name: string | null;
  last_check_at: string | null;
  last_check_ok: 0 | 1 | null;
  last_check_message: string | null;
  created_at: string;
  updated_at: string;
}

export type InstanceFields = Pick<InstanceRow, 'name' | 'url' | 'email' | 'tempo_base_url' | 'tempo_enabled' | 'account_id' | 'account_name'>;

export interface InstanceCheck {
  at: string;
  ok: boolean;
  message: string | null;
}

/** Rows of `instances`. Plain SQL, prepared once per database. */
export function instancesRepo(db: Db) {
  const all = db.prepare<[], InstanceRow>('SELECT * FROM instances ORDER BY name COLLATE NOCASE');
  const byId = db.prepare<[string], InstanceRow>('SELECT * FROM instances WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO instances (id, name, url, email, tempo_base_url, tempo_enabled, account_id, account_name,
       last_check_at, last_check_ok, last_check_message, created_at, updated_at)
     VALUES (@id, @name, @url, @email, @tempo_base_url, @tempo_enabled, @account_id, @account_name,
       @last_check_at, @last_check_ok, @last_check_message, @created_at, @updated_at)`,
  );
  const update = db.prepare(
    `UPDATE instances SET name = @name, url = @url, email = @email, tempo_base_url = @tempo_base_url,
       tempo_enabled = @tempo_enabled, account_id = @account_id, account_name = @account_name, updated_at = @updated_at
     WHERE id = @id`,
  );
  const check = db.prepare('UPDATE instances SET last_check_at = ?, last_check_ok = ?, last_check_message = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM instances WHERE id = ?');

  return {
    list: (): InstanceRow[] => all.all(),
    get: (id: string): InstanceRow | undefined => byId.get(id),
    /** By name in any letter case, accented letters included (SQLite's NOCASE folds ASCII only). */
    getByName: (name: string): InstanceRow | undefined => {
      const key = nameKey(name);
      return all.all().find((r) => nameKey(r.name) === key);
    },
    insert: (row: InstanceRow): void => void insert.run(row),
    update: (id: string, fields: InstanceFields, updatedAt: string): boolean =>
      update.run({ ...fields, id, updated_at: updatedAt }).changes === 1,
    recordCheck: (id: string, c: InstanceCheck): void => void check.run(c.at, c.ok ? 1 : 0, c.message, id),
    remove: (id: string): boolean => remove.run(id).changes === 1,
  };
}

export type InstancesRepo = ReturnType<typeof instancesRepo>;
