import type { FakeIssue, FakeProject, FakeWorklog } from '../world.js';
import type { FakeJiraState } from './jira-state.js';

/** A person as Jira shows them: the world's people and the accounts that sign in. */
export interface FakePerson {
  accountId: string;
  displayName: string;
  email: string | null;
  active: boolean;
  timeZone: string | null;
}

/** Zones without daylight saving for the world's fixed offsets. */
const ZONE_OF_OFFSET: Record<string, string> = {
  '+0000': 'UTC',
  '+0100': 'Africa/Lagos',
  '+0200': 'Africa/Johannesburg',
  '-0500': 'America/Bogota',
  '-0800': 'Pacific/Pitcairn',
  '+0530': 'Asia/Kolkata',
  '+1000': 'Australia/Brisbane',
  '+1345': 'Pacific/Chatham',
};

export const byNumericId = (a: { id: string }, b: { id: string }): number => a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Lookups over the live world. Built per request and only for what the route needs: tests mutate
 * the world's arrays in place (worldOps), and an O(n) pass over 10,000 worklogs costs about a
 * millisecond — cheaper and safer than tracking invalidation.
 */
export function issueLookup(state: FakeJiraState): (idOrKey: string) => FakeIssue | undefined {
  const byId = new Map<string, FakeIssue>();
  const byKey = new Map<string, FakeIssue>();
  for (const i of state.world.issues) {
    byId.set(i.id, i);
    byKey.set(i.key.toUpperCase(), i);
  }
  return (idOrKey) => byId.get(idOrKey) ?? byKey.get(idOrKey.toUpperCase());
}

/** Each issue's worklogs, ordered by id (the order Jira lists them in). */
export function worklogsByIssue(state: FakeJiraState): Map<string, FakeWorklog[]> {
  const out = new Map<string, FakeWorklog[]>();
  for (const w of state.world.worklogs) {
    const list = out.get(w.issueId);
    if (list) list.push(w);
    else out.set(w.issueId, [w]);
  }
  for (const list of out.values()) list.sort(byNumericId);
  return out;
}

export function projectLookup(state: FakeJiraState): (idOrKey: string) => FakeProject | undefined {
  const map = new Map<string, FakeProject>();
  for (const p of state.world.projects) {
    map.set(p.id, p);
    map.set(p.key.toUpperCase(), p);
  }
  return (idOrKey) => map.get(idOrKey) ?? map.get(idOrKey.toUpperCase());
}

export function peopleLookup(state: FakeJiraState): (accountId: string) => FakePerson | undefined {
  const map = new Map<string, FakePerson>();
  for (const u of state.users) {
    map.set(u.accountId, { accountId: u.accountId, displayName: u.displayName, email: u.emailHidden ? null : u.email, active: u.active ?? true, timeZone: 'Europe/Madrid' });
  }
  // The world's people win: they are the data under test.
  for (const u of state.world.users) {
    map.set(u.accountId, { accountId: u.accountId, displayName: u.displayName, email: u.email, active: true, timeZone: ZONE_OF_OFFSET[u.offset] ?? null });
  }
  return (accountId) => map.get(accountId);
}
