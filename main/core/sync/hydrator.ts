import type { JiraCacheRepo } from './jira-cache-repo.js';
import type { JiraSyncClient, SourceIssue } from '../sync-sources.js';

export const BULK_SIZE = 100;

export interface IssueContext {
  issue: SourceIssue | undefined;
  parent: SourceIssue | undefined;
  epic: SourceIssue | undefined;
}

function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/**
 * Resolves issue ids to issues, their parents and their epic, and account ids to names — in bulk
 * (100 per request) and through the cache, so a worklog never costs a request of its own and a
 * re-sync of known issues costs none. Ancestors are fetched a level at a time (a sub-task's epic is
 * its parent's parent).
 */
export function createHydrator(deps: {
  instanceId: string;
  client: JiraSyncClient;
  cache: JiraCacheRepo;
  now: () => string;
  signal?: AbortSignal;
  /** Fetch every issue and person once this run even when cached (a "full" sync refreshes summaries and epics). */
  refresh?: boolean;
  onFetched?: (kind: 'issues' | 'users', count: number) => void;
}) {
  const { instanceId, client, cache, now, signal } = deps;
  /** Ids Jira didn't return (deleted or not visible): asked once per run, not once per worklog. */
  const missing = new Set<string>();
  const knownUsers = new Set<string>();
  const fetchedThisRun = new Set<string>();

  const issue = (id: string): SourceIssue | undefined => cache.getIssue(instanceId, id);
  const known = (id: string): boolean => (deps.refresh ? fetchedThisRun.has(id) : issue(id) !== undefined);

  async function fetchIssues(ids: string[]): Promise<void> {
    const wanted = [...new Set(ids)].filter((id) => !missing.has(id) && !known(id));
    for (const batch of chunks(wanted, BULK_SIZE)) {
      const got = await client.bulkFetchIssues(batch, signal);
      cache.putIssues(instanceId, got, now());
      for (const id of batch) fetchedThisRun.add(id);
      const returned = new Set(got.map((i) => i.id));
      for (const id of batch) if (!returned.has(id)) missing.add(id);
      deps.onFetched?.('issues', got.length);
    }
  }

  return {
    /** Makes sure every issue and all its ancestors up to the epic are cached. */
    async ensureIssues(ids: Iterable<string>): Promise<void> {
      let level = [...new Set(ids)];
      // Bounded: hierarchies are a handful of levels deep; a cycle in bad data must not loop forever.
      for (let depth = 0; level.length > 0 && depth < 8; depth++) {
        await fetchIssues(level);
        const parents = new Set<string>();
        for (const id of level) {
          const i = issue(id);
          if (i?.parentId && i.hierarchyLevel < 1) parents.add(i.parentId);
        }
        level = [...parents];
      }
    },

    /**
     * Reads these issues again although cached (Jira says they changed), then any new ancestor
     * (re-parented under an issue or epic not cached yet). Returns how many Jira returned.
     */
    async refetch(ids: Iterable<string>): Promise<number> {
      let n = 0;
      const parents = new Set<string>();
      for (const batch of chunks([...new Set(ids)], BULK_SIZE)) {
        const got = await client.bulkFetchIssues(batch, signal);
        cache.putIssues(instanceId, got, now());
        for (const i of got) {
          fetchedThisRun.add(i.id);
          if (i.parentId && i.hierarchyLevel < 1) parents.add(i.parentId);
        }
        n += got.length;
        deps.onFetched?.('issues', got.length);
      }
      await this.ensureIssues(parents);
      return n;
    },

    /** Stores issues already in hand (search results) so they cost no bulkfetch. */
    remember(issues: SourceIssue[]): void {
      cache.putIssues(instanceId, issues, now());
      for (const i of issues) fetchedThisRun.add(i.id);
    },

    context(issueId: string): IssueContext {
      const own = issue(issueId);
      const parent = own?.parentId ? issue(own.parentId) : undefined;
      let epic: SourceIssue | undefined;
      let node = own;
      for (let depth = 0; node && depth < 8; depth++) {
        if (node.hierarchyLevel >= 1) {
          epic = node;
          break;
        }
        node = node.parentId ? issue(node.parentId) : undefined;
      }
      return { issue: own, parent, epic };
    },

    /** Names for account ids not cached yet (Tempo gives ids only). */
    async ensureUsers(accountIds: Iterable<string>): Promise<void> {
      const wanted = [...new Set(accountIds)].filter((a) => !knownUsers.has(a) && (deps.refresh || cache.userName(instanceId, a) === undefined));
      for (const batch of chunks(wanted, BULK_SIZE)) {
        const users = await client.usersBulk(batch, signal);
        cache.putUsers(instanceId, users, now());
        for (const a of batch) knownUsers.add(a);
        deps.onFetched?.('users', users.length);
      }
    },

    /** Caches names Jira already gave us with the worklogs. */
    rememberUser(accountId: string, displayName: string | null, email: string | null = null): void {
      if (!displayName || knownUsers.has(accountId)) return;
      knownUsers.add(accountId);
      // A null email never overwrites a known one (the cache keeps the last visible address).
      if (cache.userName(instanceId, accountId) !== displayName || email) {
        cache.putUsers(instanceId, [{ accountId, displayName, email, active: true }], now());
      }
    },

    userName: (accountId: string): string | null => cache.userName(instanceId, accountId) ?? null,
  };
}

export type Hydrator = ReturnType<typeof createHydrator>;
