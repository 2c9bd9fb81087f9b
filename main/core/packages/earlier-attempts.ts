import type { CreatedIssue } from '../jira/jira-create.js';
import type { JiraApi } from '../jira/jira-api.js';
import { searchJql } from '../jira/jira-search.js';
import type { SourceIssue } from '../sync/sync-sources.js';

/**
 * A create whose answer never arrived (a timeout or reset after Jira acted, or the app killed
 * between Jira's answer and the local write) may still have created its issue. Before a retry
 * creates anything again it asks Jira what the earlier attempt made, and adopts it: a retry must
 * never leave two parents or two "Laptop" children behind. Only read requests; no marker is added
 * to the user's issues (labels would show up in their boards).
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
