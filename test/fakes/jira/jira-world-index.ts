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
  // The signing-in account's profile zone is the reader's zone, in which `started` is rendered.
  for (const u of state.users) {
    map.set(u.accountId, { accountId: u.accountId, displayName: u.displayName, email: u.emailHidden ? null : u.email, active: u.active ?? true, timeZone: state.readerZone });
  }
  // The world's people win: they are the data under test.
  for (const u of state.world.users) {
    map.set(u.accountId, { accountId: u.accountId, displayName: u.displayName, email: u.email, active: true, timeZone: u.zoneHidden ? null : u.timeZone });
  }
  return (accountId) => map.get(accountId);
}
