import type { HttpClient, HttpClientDeps } from '../../../main/core/http/http-client.js';
import { basicAuth, createHttpClient } from '../../../main/core/http/http-client.js';
import type { JiraSyncApi } from '../../../main/core/jira/jira-sync-client.js';
import { createJiraSyncClient } from '../../../main/core/jira/jira-sync-client.js';
import { systemClock } from '../../../main/core/system-clock.js';
import type { SearchIssue } from '../../../main/core/sync-sources.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import type { FakeWorld } from '../../fakes/world.js';
import { startedToMs } from '../../fakes/jira/jira-time.js';
import type { MemoryLogger } from '../../fakes/memory-logger.js';
import { createMemoryLogger } from '../../fakes/memory-logger.js';

/** Shared set-up for the Jira sync client tests: the real pipeline (tiny retry delays) against the fake. */

/** The account the sync signs in with; the world's people are data only. */
// A fabricated Atlassian-shaped token, split so secret scanners don't take the fixture for a leak.
export const SYNC = { accountId: 'acc-sync', displayName: 'Sync Bot', email: 'sync@example.com', token: 'ATA' + 'TT-sync-token-0123456789' };
export const INSTANCE = 'Acme Jira ☕';

export interface TestHttp {
  http: HttpClient;
  log: MemoryLogger;
  /** Every fetch the pipeline made: method, URL and JSON body. */
  sent: Array<{ method: string; url: string; body: unknown }>;
}

export function makeHttp(over: Partial<HttpClientDeps> = {}): TestHttp {
  const log = createMemoryLogger();
  const sent: TestHttp['sent'] = [];
  const http = createHttpClient({
    fetch: (input, init) => {
      sent.push({ method: init?.method ?? 'GET', url: input, body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined });
      return fetch(input, init);
    },
    clock: systemClock,
    log,
    retry: { maxAttempts: 4, baseDelayMs: 2, maxDelayMs: 20 },
    limits: { jira: { requestsPerSecond: 1000, maxConcurrent: 8 } },
    defaultTimeoutMs: 5000,
    ...over,
  });
  return { http, log, sent };
}

export function syncClient(jira: FakeJira, http: HttpClient, token = SYNC.token): JiraSyncApi {
  return createJiraSyncClient(http, { name: INSTANCE, url: jira.url, email: SYNC.email, jiraToken: token });
}

/** Every page of a search, following `next` like the engine does. */
export async function searchAll(client: JiraSyncApi, jql: string): Promise<{ pages: Array<{ items: SearchIssue[]; next: string | null }>; issues: SearchIssue[] }> {
  const pages: Array<{ items: SearchIssue[]; next: string | null }> = [];
  let next: string | null = null;
  do {
    const page = await client.searchIssues(jql, next);
    pages.push(page);
    next = page.next;
  } while (next !== null && pages.length < 10_000);
  return { pages, issues: pages.flatMap((p) => p.items) };
}

/** Every item an async iterable yields (the change feeds yield one page object at a time). */
export async function drain<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

export async function collect<T>(it: AsyncIterable<T[]>): Promise<{ pages: T[][]; all: T[] }> {
  const pages: T[][] = [];
  for await (const page of it) pages.push(page);
  return { pages, all: pages.flat() };
}

/** The UTC date of a `started` value: what JQL worklogDate compares for a searcher in UTC. */
export const utcDate = (started: string): string => new Date(startedToMs(started)).toISOString().slice(0, 10);

/**
 * Issue ids Jira returns for `worklogDate >= from AND worklogDate <= to`, computed independently of
 * the fake: each clause holds when any of the issue's worklogs satisfies it.
 */
export function expectedSearchIds(world: FakeWorld, from: string, to: string): string[] {
  const dates = new Map<string, string[]>();
  for (const w of world.worklogs) dates.set(w.issueId, [...(dates.get(w.issueId) ?? []), utcDate(w.started)]);
  return world.issues
    .filter((i) => {
      const d = dates.get(i.id) ?? [];
      return d.some((x) => x >= from) && d.some((x) => x <= to);
    })
    .map((i) => i.id)
    .sort((a, b) => Number(a) - Number(b));
}

/** A request straight to the fake, without the client (to check what the fake itself serves). */
export async function raw(jira: FakeJira, pathAndQuery: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${jira.url}${pathAndQuery}`, {
    method: init.method ?? 'GET',
    headers: {
      Authorization: basicAuth(SYNC.email, init.token ?? SYNC.token),
      Accept: 'application/json',
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

export async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string; status?: number }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string; status?: number };
  }
  throw new Error('expected a rejection');
}
