import type { FactorialEmployee } from '../factorial/factorial-client.js';
import type { Db } from '../store/open-database.js';

/** A Jira person the app knows of: a worklog author or a cached Jira user (any instance). */
export interface KnownPerson {
  accountId: string;
  name: string;
  email: string | null;
}

export interface MappingRow {
  account_id: string;
  employee_id: number;
  how: 'auto' | 'manual';
  mapped_at: string;
}

/** The Factorial employee cache and the account → employee map. */
export function peopleRepo(db: Db) {
  const upsertMap = db.prepare(
    'INSERT INTO people_map (account_id, employee_id, how, mapped_at) VALUES (?, ?, ?, ?) ON CONFLICT (account_id) DO UPDATE SET employee_id = excluded.employee_id, how = excluded.how, mapped_at = excluded.mapped_at',
  );
  return {
    /**
     * Everyone the app has seen in Jira: worklog authors (grouped on the author index) and cached
     * Jira users. Jira's display name and email win over a worklog's author name; an email from any
     * instance will do (one account id is one person across sites).
     */
    knownPeople(): KnownPerson[] {
      const byId = new Map<string, KnownPerson>();
      const authors = db.prepare('SELECT author_account_id AS id, MAX(author_name) AS name FROM worklogs GROUP BY author_account_id').all() as Array<{ id: string; name: string | null }>;
      for (const a of authors) byId.set(a.id, { accountId: a.id, name: a.name ?? a.id, email: null });
      const users = db.prepare('SELECT account_id AS id, display_name AS name, email FROM jira_users ORDER BY fetched_at').all() as Array<{ id: string; name: string; email: string | null }>;
      for (const u of users) {
        const prev = byId.get(u.id);
        const email = u.email?.trim() ? u.email.trim() : (prev?.email ?? null);
        byId.set(u.id, { accountId: u.id, name: u.name || prev?.name || u.id, email });
      }
      return [...byId.values()];
    },
    employees(): FactorialEmployee[] {
      return (db.prepare('SELECT id, email, full_name AS fullName FROM factorial_employees ORDER BY id').all() as FactorialEmployee[]).map((e) => ({ ...e }));
    },
    employee(id: number): FactorialEmployee | undefined {
      return db.prepare('SELECT id, email, full_name AS fullName FROM factorial_employees WHERE id = ?').get(id) as FactorialEmployee | undefined;
    },
    /** The cache mirrors Factorial's list: replaced whole, so people who left disappear from it. */
    replaceEmployees(list: readonly FactorialEmployee[], at: string): void {
      const insert = db.prepare('INSERT INTO factorial_employees (id, email, full_name, fetched_at) VALUES (?, ?, ?, ?)');
      db.transaction(() => {
        db.prepare('DELETE FROM factorial_employees').run();
        for (const e of list) insert.run(e.id, e.email, e.fullName, at);
      })();
    },
    mappings(): MappingRow[] {
      return db.prepare('SELECT account_id, employee_id, how, mapped_at FROM people_map ORDER BY account_id').all() as MappingRow[];
    },
    mapping(accountId: string): MappingRow | undefined {
      return db.prepare('SELECT account_id, employee_id, how, mapped_at FROM people_map WHERE account_id = ?').get(accountId) as MappingRow | undefined;
    },
    map(accountId: string, employeeId: number, how: 'auto' | 'manual', at: string): void {
      upsertMap.run(accountId, employeeId, how, at);
    },
    unmap(accountId: string): boolean {
      return db.prepare('DELETE FROM people_map WHERE account_id = ?').run(accountId).changes > 0;
    },
  };
}

export type PeopleRepo = ReturnType<typeof peopleRepo>;
