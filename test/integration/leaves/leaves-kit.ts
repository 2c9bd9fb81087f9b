import type { Db } from '../../../main/core/store/open-database.js';
import { openDatabase } from '../../../main/core/store/open-database.js';
import { createHttpClient } from '../../../main/core/http/http-client.js';
import type { HttpClient } from '../../../main/core/http/http-types.js';
import type { SecretStore } from '../../../main/core/ports.js';
import { systemClock } from '../../../main/core/system-clock.js';
import { createMemoryLogger } from '../../fakes/memory-logger.js';
import type { FakeUser, FakeWorld } from '../../fakes/world.js';
import { localDate } from '../../fakes/world.js';

/** A keychain in memory, for in-process tests (the CLI tests use the real one). */
export function memorySecrets(): SecretStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    get: async (k) => values.get(k) ?? null,
    set: async (k, v) => {
      values.set(k, v);
    },
    delete: async (k) => values.delete(k),
  };
}

/** The real pipeline with short backoffs, so 429s cost milliseconds. */
export function testHttp(): HttpClient {
  return createHttpClient({ fetch: (i, init) => fetch(i, init), clock: systemClock, log: createMemoryLogger(), retry: { baseDelayMs: 1, maxDelayMs: 5 } });
}

/**
 * Stores a world's worklogs (spread over two instances, as a lead with two sites has them) and its
 * users as the sync would: hidden emails stay null, and only some users are in the Jira user cache
 * (the others are known from their worklogs alone).
 */
export function seedWorld(db: Db, world: FakeWorld): void {
  const at = '2026-11-01T00:00:00.000Z';
  const instance = db.prepare("INSERT OR IGNORE INTO instances (id, name, url, email, tempo_base_url, tempo_enabled, created_at, updated_at) VALUES (?, ?, ?, 'lead@example.com', 'https://api.tempo.io', 0, ?, ?)");
  instance.run('i1', 'alpha', 'https://alpha.atlassian.net', at, at);
  instance.run('i2', 'beta', 'https://beta.atlassian.net', at, at);
  const name = new Map(world.users.map((u) => [u.accountId, u.displayName]));
  const insert = db.prepare(
    `INSERT INTO worklogs (instance_id, source, source_id, issue_id, author_account_id, author_name, local_date, started, seconds, raw, synced_at)
     VALUES (?, 'jira', ?, ?, ?, ?, ?, ?, ?, '{}', ?)`,
  );
  world.worklogs.forEach((w, i) => insert.run(i % 2 === 0 ? 'i1' : 'i2', w.id, w.issueId, w.authorAccountId, name.get(w.authorAccountId) ?? null, localDate(w), w.started, w.timeSpentSeconds, at));
  const user = db.prepare("INSERT INTO jira_users (instance_id, account_id, display_name, email, fetched_at) VALUES ('i1', ?, ?, ?, ?)");
  world.users.forEach((u: FakeUser) => user.run(u.accountId, u.displayName, u.email, at));
}

export const openTestDb = (dir: string): Db => openDatabase(dir);
