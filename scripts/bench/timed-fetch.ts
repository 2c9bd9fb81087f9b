import type { Fetch } from '../../main/core/ports.js';
import type { RequestCounts } from './request-counts.js';
import { kindOf } from './request-counts.js';

export type RequestTimes = Record<keyof RequestCounts, number>;

export const emptyTimes = (): RequestTimes => ({ sourcePages: 0, bulkfetch: 0, userBulk: 0, issueWorklogPages: 0, feedPages: 0, issueRefresh: 0, schedules: 0, other: 0 });

/**
 * Wraps fetch to add up, per kind of request, the time from sending to the last byte of the body
 * read — where a sync's wall time goes. `text()` is timed on the response itself rather than read
 * here, so the body is not copied and the memory figures stay the pipeline's own. Concurrent
 * requests overlap, so on the Jira path the sums can exceed the wall time.
 */
export function createTimedFetch(tempoOrigin: string): { fetch: Fetch; times: RequestTimes; reset(): void } {
  let times = emptyTimes();
  const timed: Fetch = async (input, init) => {
    const url = new URL(String(input));
    const kind = kindOf({ server: url.origin === tempoOrigin ? 'tempo' : 'jira', path: url.pathname, method: init?.method ?? 'GET' });
    const started = performance.now();
    const res = await fetch(input, init);
    const text = res.text.bind(res);
    // An own property shadows Response.prototype.text for this one response.
    Object.defineProperty(res, 'text', {
      value: async (): Promise<string> => {
        try {
          return await text();
        } finally {
          times[kind] += performance.now() - started;
        }
      },
    });
    return res;
  };
  return {
    fetch: timed,
    get times() {
      return times;
    },
    reset() {
      times = emptyTimes();
    },
  };
}
