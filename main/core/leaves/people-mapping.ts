import type { EmployeeView, PersonMapping } from '../../../shared/domain/leaves.js';
import { AppError } from '../errors.js';
import type { FactorialClient, FactorialEmployee } from '../factorial/factorial-client.js';
import type { Clock } from '../ports.js';
import type { Db } from '../store/open-database.js';
import type { KnownPerson } from './people-repo.js';
import { peopleRepo } from './people-repo.js';

/** Emails are compared trimmed and lower-cased: Jira and Factorial often differ in letter case only. */
export const emailKey = (email: string | null | undefined): string | null => {
  const k = email?.trim().toLowerCase() ?? '';
  return k === '' ? null : k;
};

export interface AutoMapResult {
  people: PersonMapping[];
  /** Newly mapped (or re-mapped) automatically in this run. */
  mapped: number;
  unmapped: number;
}

/**
 * Who in Jira is who in Factorial. Automatic mapping matches emails case-insensitively; a manual
 * mapping always wins and is never changed by it. Jira often hides emails, so some people can
 * only be mapped by hand.
 */
export function createPeopleMapping(deps: { db: Db; clock: Clock; client: () => FactorialClient }) {
  const repo = peopleRepo(deps.db);
  const now = (): string => deps.clock.now().toISOString();

  const view = (p: KnownPerson, employees: ReadonlyMap<number, FactorialEmployee>): PersonMapping => {
    const m = repo.mapping(p.accountId);
    const e = m ? employees.get(m.employee_id) : undefined;
    return { accountId: p.accountId, name: p.name, email: p.email, employeeId: m?.employee_id ?? null, employeeName: e?.fullName ?? null, how: m?.how ?? null };
  };

  /** Known people plus anyone mapped by hand who has no worklog or cached user yet. */
  const everyone = (): KnownPerson[] => {
    const known = repo.knownPeople();
    const ids = new Set(known.map((p) => p.accountId));
    for (const m of repo.mappings()) if (!ids.has(m.account_id)) known.push({ accountId: m.account_id, name: m.account_id, email: null });
    return known.sort((a, b) => a.name.localeCompare(b.name) || a.accountId.localeCompare(b.accountId));
  };

  const employeeMap = (): Map<number, FactorialEmployee> => new Map(repo.employees().map((e) => [e.id, e]));

  /** Applies email matches to `people`; returns how many mappings were made or changed. */
  const apply = (people: readonly KnownPerson[], employees: readonly FactorialEmployee[]): number => {
    const byEmail = new Map<string, FactorialEmployee[]>();
    for (const e of employees) {
      const k = emailKey(e.email);
      if (k) byEmail.set(k, [...(byEmail.get(k) ?? []), e]);
    }
    let changed = 0;
    const at = now();
    deps.db.transaction(() => {
      for (const p of people) {
        const current = repo.mapping(p.accountId);
        if (current?.how === 'manual') continue;
        const k = emailKey(p.email);
        const matches = k ? (byEmail.get(k) ?? []) : [];
        // Two employees with one email would be a guess: leave it to a manual mapping.
        const match = matches.length === 1 ? matches[0] : undefined;
        if (match) {
          if (current?.employee_id !== match.id) {
            repo.map(p.accountId, match.id, 'auto', at);
            changed += 1;
          }
        } else if (current?.how === 'auto' && k !== null) {
          // The email no longer matches anyone (changed in Jira or Factorial): an old guess is worse than none.
          repo.unmap(p.accountId);
        }
      }
    })();
    return changed;
  };

  const refreshEmployees = async (signal?: AbortSignal): Promise<FactorialEmployee[]> => {
    // The whole list, matched here: Factorial's emails[] filter may compare case-sensitively.
    const employees = await deps.client().employees({}, signal);
    repo.replaceEmployees(employees, now());
    return employees;
  };

  const list = (): PersonMapping[] => {
    const employees = employeeMap();
    return everyone().map((p) => view(p, employees));
  };

  return {
    /** Every known person and their mapping (no network). */
    list,
    unmapped: (): PersonMapping[] => list().filter((p) => p.employeeId === null),
    employees(): FactorialEmployee[] {
      return repo.employees();
    },
    /** Employees to choose from by hand, by name, with who is mapped to them already. */
    async employeeList(options: { refresh?: boolean; signal?: AbortSignal } = {}): Promise<EmployeeView[]> {
      const employees = options.refresh ? await refreshEmployees(options.signal) : repo.employees();
      const mappedTo = new Map<number, string[]>();
      for (const m of repo.mappings()) mappedTo.set(m.employee_id, [...(mappedTo.get(m.employee_id) ?? []), m.account_id]);
      const label = (e: EmployeeView): string => e.name ?? e.email ?? '';
      return employees
        .map((e) => ({ id: e.id, name: e.fullName, email: e.email, mappedAccountIds: mappedTo.get(e.id) ?? [] }))
        .sort((x, y) => label(x).localeCompare(label(y)) || x.id - y.id);
    },
    /** Refreshes the employee cache from Factorial and maps everyone (or one person) by email. */
    async autoMap(options: { accountId?: string; signal?: AbortSignal } = {}): Promise<AutoMapResult> {
      const employees = await refreshEmployees(options.signal);
      const people = everyone().filter((p) => options.accountId === undefined || p.accountId === options.accountId);
      if (options.accountId !== undefined && people.length === 0) {
        throw new AppError('not_found', `No Jira person with account id ${options.accountId} is known yet: sync their worklogs first, or map them by hand.`);
      }
      const mapped = apply(people, employees);
      const mine = list().filter((p) => options.accountId === undefined || p.accountId === options.accountId);
      return { people: mine, mapped, unmapped: mine.filter((p) => p.employeeId === null).length };
    },
    /** A manual mapping: kept as is by every later automatic run. */
    map(accountId: string, employeeId: number): PersonMapping {
      repo.map(accountId, employeeId, 'manual', now());
      const employees = employeeMap();
      const person = everyone().find((p) => p.accountId === accountId) ?? { accountId, name: accountId, email: null };
      return view(person, employees);
    },
    /** Removes a mapping (manual or automatic). The next automatic run may map the person again by email. */
    unmap(accountId: string): boolean {
      return repo.unmap(accountId);
    },
  };
}

export type PeopleMapping = ReturnType<typeof createPeopleMapping>;
