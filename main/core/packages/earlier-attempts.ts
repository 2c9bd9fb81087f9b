import type { CreatedIssue } from '../jira/jira-create.js';
import type { JiraApi } from '../jira/jira-api.js';
import { searchJql } from '../jira/jira-search.js';
import type { SourceIssue } from '../sync-sources.js';

/**
 * A create whose answer never arrived (a timeout or reset after Jira acted, or the app killed
 * between Jira's answer and the local write) may still have created its issue. Before a retry
 * creates anything again it asks Jira what the earlier attempt made, and adopts it: a retry must
 * never leave two parents or two "Laptop" children behind.
 *
 * Every issue a package creates carries the label `wd-<group id>` (packageLabel), so the search is
 * exact: it finds the package's issues even when someone renamed them in Jira, or the token now
 * belongs to another account. Issues created before the label existed are still found by their
 * summary (findEarlierParent / findEarlierChildren). Only read requests.
 */
/** What these searches read: no worklogs, unlike the sync's search. */
const FIELDS = ['summary', 'issuetype', 'parent', 'project'] as const;
/** A package's issues are few; more pages than this means the query is not what we think. */
const MAX_PAGES = 10;

const quote = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

async function searchAll(api: JiraApi, jql: string, signal?: AbortSignal): Promise<SourceIssue[]> {
  const out: SourceIssue[] = [];
  let next: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const r = await searchJql(api, jql, next, signal, FIELDS);
    out.push(...r.items);
    next = r.next;
    if (next === null) break;
  }
  return out;
}

/** The Jira label on every issue of one package (labels may not contain spaces; a UUID has none). */
export const packageLabel = (groupId: string): string => `wd-${groupId}`;

/** This package's issues in one project, found by its label, oldest first, minus issues another package owns. */
export async function findTaggedIssues(api: JiraApi, projectKey: string, label: string, owned: (issueId: string) => boolean, signal?: AbortSignal): Promise<SourceIssue[]> {
  const jql = `project = ${quote(projectKey)} AND labels = ${quote(label)} ORDER BY created ASC`;
  return (await searchAll(api, jql, signal)).filter((i) => !owned(i.id));
}

/**
 * Among a package's tagged issues: the parent is the one not under another tagged issue (its exact
 * summary preferred); its tagged children are matched to the missing elements by exact summary
 * first, then — renamed in Jira since — in creation order, which is the order they were sent in.
 */
export function adoptTagged(
  tagged: readonly SourceIssue[],
  summary: string,
  knownParent: CreatedIssue | null,
  missing: ReadonlyArray<{ element: number; summary: string }>,
): { parent: CreatedIssue | null; children: Map<number, CreatedIssue> } {
  const ids = new Set(tagged.map((i) => i.id));
  const tops = tagged.filter((i) => i.parentId === null || !ids.has(i.parentId));
  const top = knownParent ?? tops.find((i) => i.summary === summary) ?? tops[0] ?? null;
  const parent = top ? { id: top.id, key: top.key } : null;
  const children = new Map<number, CreatedIssue>();
  if (!parent) return { parent, children };
  const under = tagged.filter((i) => i.parentId === parent.id);
  const taken = new Set<string>();
  const take = (element: number, hit: SourceIssue | undefined): void => {
    if (!hit) return;
    taken.add(hit.id);
    children.set(element, { id: hit.id, key: hit.key });
  };
  for (const m of missing) take(m.element, under.find((c) => c.summary === m.summary && !taken.has(c.id)));
  for (const m of missing) if (!children.has(m.element)) take(m.element, under.find((c) => !taken.has(c.id)));
  return { parent, children };
}

export interface ParentQuery {
  projectKey: string;
  issueTypeId: string;
  summary: string;
  /** When the package was created: the earlier attempt cannot be older. */
  since: Date;
  now: Date;
  /** Issues some package already owns are never adopted. */
  owned(issueId: string): boolean;
}

/**
 * The parent an earlier attempt created: same project, type and exact summary, reported by us
 * since the package was created (relative minutes: JQL dates would be read in the profile's
 * time zone, which main does not know), oldest first.
 */
export async function findEarlierParent(api: JiraApi, q: ParentQuery, signal?: AbortSignal): Promise<CreatedIssue | null> {
  // Five minutes of slack for clock skew between this machine and Jira.
  const minutes = Math.max(1, Math.ceil((q.now.getTime() - q.since.getTime()) / 60_000) + 5);
  const jql = `project = ${quote(q.projectKey)} AND issuetype = ${quote(q.issueTypeId)} AND reporter = currentUser() AND created >= "-${minutes}m" ORDER BY created ASC`;
  const hit = (await searchAll(api, jql, signal)).find((i) => i.summary === q.summary && !q.owned(i.id));
  return hit ? { id: hit.id, key: hit.key } : null;
}

/**
 * Children an earlier attempt created under `parentKey`, matched to the missing elements by exact
 * summary, each issue to one element at most (a template may repeat a name), in creation order.
 */
export async function findEarlierChildren(
  api: JiraApi,
  parentKey: string,
  missing: ReadonlyArray<{ element: number; summary: string }>,
  owned: (issueId: string) => boolean,
  signal?: AbortSignal,
): Promise<Map<number, CreatedIssue>> {
  const found = new Map<number, CreatedIssue>();
  if (missing.length === 0) return found;
  const children = (await searchAll(api, `parent = ${quote(parentKey)} ORDER BY created ASC`, signal)).filter((i) => !owned(i.id));
  const taken = new Set<string>();
  for (const m of missing) {
    const hit = children.find((c) => c.summary === m.summary && !taken.has(c.id));
    if (!hit) continue;
    taken.add(hit.id);
    found.set(m.element, { id: hit.id, key: hit.key });
  }
  return found;
}
