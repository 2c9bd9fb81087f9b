import type { Db } from '../store/open-database.js';

/** Named cursors per instance (e.g. where the worklog/updated feed resumes). */
export function cursorsRepo(db: Db) {
  const get = db.prepare<[string, string], { value: string }>('SELECT value FROM sync_cursors WHERE instance_id = ? AND name = ?');
  const put = db.prepare(
    'INSERT INTO sync_cursors (instance_id, name, value, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (instance_id, name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  );
  const del = db.prepare('DELETE FROM sync_cursors WHERE instance_id = ? AND name = ?');
  const delLike = db.prepare('DELETE FROM sync_cursors WHERE instance_id = ? AND name LIKE ?');
  return {
    get: (instanceId: string, name: string): string | undefined => get.get(instanceId, name)?.value,
    put: (instanceId: string, name: string, value: string, at: string): void => void put.run(instanceId, name, value, at),
    remove: (instanceId: string, name: string): void => void del.run(instanceId, name),
    /** Drops every cursor whose name matches a LIKE pattern (e.g. 'jira-feed:%'). */
    removeLike: (instanceId: string, pattern: string): void => void delLike.run(instanceId, pattern),
  };
}

export type CursorsRepo = ReturnType<typeof cursorsRepo>;
