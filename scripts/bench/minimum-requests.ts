import { TEMPO_WORKLOGS_LIMIT } from '../../main/core/tempo/tempo-sync-client.js';
import { ISSUE_WORKLOG_PAGE_SIZE } from '../../main/core/jira/jira-issue-worklogs.js';
import { SEARCH_PAGE_SIZE } from '../../main/core/jira/jira-search.js';
import { EMBEDDED_WORKLOG_LIMIT, jiraSearchWindow } from '../../main/core/sync/jira-sync.js';
import type { FakeJiraPageLimits } from '../../test/fakes/fake-jira.js';
import { compare, parseJql } from '../../test/fakes/jira/jira-jql.js';
import { startedToMs } from '../../test/fakes/jira/jira-time.js';
import { worklogDateForReader } from '../../test/fakes/jira/jira-zone.js';
import { DEFAULT_READER_ZONE } from '../../test/fakes/zones.js';
import type { FakeWorld, FakeWorklog } from '../../test/fakes/world.js';
import { localDate } from '../../test/fakes/world.js';
import type { RequestCounts } from './request-counts.js';
import { emptyCounts } from './request-counts.js';

/** bulkfetch and user/bulk both take at most 100 ids per request. */
const BULK = 100;

export interface Range {
  from: string;
  to: string;
}

/** The fewest requests a sync of `range` can make, on a first sync and on a re-sync with nothing changed. */
export interface MinimumRequests {
  fresh: RequestCounts;
  resync: RequestCounts;
  /** What the figures were computed from, so a reader can check them by hand. */
  basis: Record<string, number>;
}

/**
 * Issues to fetch, a hierarchy level at a time: the ids not known yet, then their parents, up to
 * the epic (hierarchy level ≥ 1 has no parent worth fetching) — each level batched by 100.
 * A lower bound: it batches a level across the whole run, where a real sync hydrates page by page.
 */
export function ancestorFetches(world: FakeWorld, start: Iterable<string>, known: Set<string>): { requests: number; issues: number } {
  const byId = new Map(world.issues.map((i) => [i.id, i]));
  let level = new Set([...start].filter((id) => !known.has(id)));
  let requests = 0;
  let issues = 0;
  for (let depth = 0; level.size > 0 && depth < 8; depth++) {
    requests += Math.ceil(level.size / BULK);
    issues += level.size;
    for (const id of level) known.add(id);
    const next = new Set<string>();
    for (const id of level) {
      const issue = byId.get(id);
      if (issue?.parentId && issue.type.hierarchyLevel < 1 && !known.has(issue.parentId)) next.add(issue.parentId);
    }
    level = next;
  }
  return { requests, issues };
}

const inRange = (w: FakeWorklog, r: Range): boolean => localDate(w) >= r.from && localDate(w) <= r.to;

/**
 * Tempo path: ceil(worklogs in range / served page size) pages (at least one), every issue and
 * ancestor once in bulk, every author once in bulk. A re-sync needs the pages only.
 */
export function tempoMinimum(world: FakeWorld, range: Range, tempoPageLimit: number | null): MinimumRequests {
  const worklogs = world.worklogs.filter((w) => inRange(w, range));
  const pageSize = Math.min(TEMPO_WORKLOGS_LIMIT, tempoPageLimit ?? TEMPO_WORKLOGS_LIMIT);
  const pages = Math.max(1, Math.ceil(worklogs.length / pageSize));
  const issues = ancestorFetches(world, new Set(worklogs.map((w) => w.issueId)), new Set());
  const authors = new Set(worklogs.map((w) => w.authorAccountId)).size;
  const fresh = { ...emptyCounts(), sourcePages: pages, bulkfetch: issues.requests, userBulk: Math.ceil(authors / BULK) };
  return {
    fresh,
    // Plus the one issue-details check (`updated >= … AND id in (…)`, up to 5000 ids).
    resync: { ...emptyCounts(), sourcePages: pages, issueRefresh: 1 },
    basis: { worklogsInRange: worklogs.length, servedPageSize: pageSize, issuesToHydrate: issues.issues, authors },
  };
}

/** How many search/jql pages the fake's paging rules force for `matches` issues. */
export function searchPages(matches: number, limits: Pick<FakeJiraPageLimits, 'search' | 'shortPageEvery'>): number {
  let offset = 0;
  let pages = 0;
  do {
    let size = Math.max(1, Math.min(SEARCH_PAGE_SIZE, limits.search));
    if (limits.shortPageEvery > 0 && pages % limits.shortPageEvery === limits.shortPageEvery - 1) size = Math.max(1, Math.floor(size / 3));
    offset += size;
    pages += 1;
  } while (offset < matches);
  return pages;
}

/**
 * Jira path, first sync: the search pages the server's paging forces for the issues the JQL
 * selects; for each issue with more worklogs than a hit embeds, its worklog pages in the window;
 * the ancestors the search hits don't include, once in bulk; no user requests (names come with the
 * worklogs). A re-sync with nothing changed reads the change feeds since the last pass: one
 * `worklog/updated` and one `worklog/deleted` page, no `worklog/list`, no hydration — and one
 * issue-details check.
 */
export function jiraMinimum(world: FakeWorld, range: Range, limits: FakeJiraPageLimits): MinimumRequests {
  const window = jiraSearchWindow(range.from, range.to);
  const parsed = parseJql(window.jql);
  if (!parsed.ok) throw new Error(`bench: the fake refuses the engine's JQL: ${parsed.message}`);
  const byIssue = new Map<string, FakeWorklog[]>();
  for (const w of world.worklogs) {
    const list = byIssue.get(w.issueId);
    if (list) list.push(w);
    else byIssue.set(w.issueId, [w]);
  }
  // As the fake judges JQL: each worklogDate clause on its own, on the date of `started` in the reader's zone (the fake's default).
  const matched = world.issues.filter((issue) => {
    const logs = byIssue.get(issue.id) ?? [];
    return parsed.query.clauses.every((c) => c.field === 'worklogDate' && logs.some((w) => compare(worklogDateForReader(w.started, DEFAULT_READER_ZONE), c.op, c.value)));
  });
  const perPage = Math.min(ISSUE_WORKLOG_PAGE_SIZE, limits.issueWorklogs);
  const embedded = Math.min(EMBEDDED_WORKLOG_LIMIT, limits.embeddedWorklogs);
  let issueWorklogPages = 0;
  let pagedIssues = 0;
  for (const issue of matched) {
    const logs = byIssue.get(issue.id) ?? [];
    if (logs.length <= embedded) continue;
    pagedIssues += 1;
    const inWindow = logs.filter((w) => {
      const ms = startedToMs(w.started);
      return ms >= window.startedAfterMs && ms <= window.startedBeforeMs;
    }).length;
    issueWorklogPages += Math.max(1, Math.ceil(inWindow / perPage));
  }
  const known = new Set(matched.map((i) => i.id));
  const parents = matched.flatMap((i) => (i.parentId ? [i.parentId] : []));
  const ancestors = ancestorFetches(world, parents, known);
  const pages = searchPages(matched.length, limits);
  return {
    fresh: { ...emptyCounts(), sourcePages: pages, issueWorklogPages, bulkfetch: ancestors.requests },
    resync: { ...emptyCounts(), feedPages: 2, issueRefresh: 1 },
    basis: {
      worklogsInRange: world.worklogs.filter((w) => inRange(w, range)).length,
      issuesSearched: matched.length,
      issuesWithPagedWorklogs: pagedIssues,
      ancestorsToHydrate: ancestors.issues,
    },
  };
}
