import { createHttpClient } from '../../../main/core/http/http-client.js';
import type { HttpClient } from '../../../main/core/http/http-client.js';
import type { Credentials } from '../../../main/core/ports.js';
import type { TempoWorklog } from '../../../main/core/sync-sources.js';
import { systemClock } from '../../../main/core/system-clock.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { createMemoryLogger } from '../../fakes/memory-logger.js';
import type { MemoryLogger } from '../../fakes/memory-logger.js';
import type { FakeWorld } from '../../fakes/world.js';
import { localDate } from '../../fakes/world.js';

export const TEMPO_TOKEN = 'tempo-sync-token-0123456789abcdef';

/**
 * The real pipeline with small retry delays and a high request rate, so paging through dozens of
 * short pages takes milliseconds; Tempo's documented 1 s minimum after a 429 still applies.
 */
export function testHttp(log: MemoryLogger = createMemoryLogger()): HttpClient {
  return createHttpClient({
    fetch: (input, init) => fetch(input, init),
    clock: systemClock,
    log,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    limits: { tempo: { requestsPerSecond: 1000, maxConcurrent: 4 } },
  });
}

export function credentials(tempo: FakeTempo, over: Partial<Credentials> = {}): Credentials {
  return {
    name: 'alpha',
    url: 'https://alpha.atlassian.net',
    email: 'lead@example.com',
    jiraToken: 'jira-token-not-used-here',
    tempoToken: TEMPO_TOKEN,
    tempoBaseUrl: tempo.url,
    ...over,
  };
}

export async function collect(pages: AsyncIterable<TempoWorklog[]>): Promise<{ pages: TempoWorklog[][]; all: TempoWorklog[] }> {
  const out: TempoWorklog[][] = [];
  for await (const page of pages) out.push(page);
  return { pages: out, all: out.flat() };
}

/** Tempo ids of the world's worklogs whose LOCAL date (in the author's offset) lies in [from, to], ascending. */
export function expectedTempoIds(world: FakeWorld, from: string, to: string): number[] {
  return world.worklogs
    .filter((w) => localDate(w) >= from && localDate(w) <= to)
    .map((w) => w.tempoId)
    .sort((a, b) => a - b);
}
