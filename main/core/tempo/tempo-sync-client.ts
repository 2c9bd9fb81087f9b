import { AppError } from '../errors.js';
import { bearer } from '../http/auth-headers.js';
import { HttpError } from '../http/http-error.js';
import type { HttpClient, QueryValue } from '../http/http-types.js';
import type { Credentials } from '../ports.js';
import type { TempoSyncClient } from '../sync-sources.js';
import { normalizeTempoBaseUrl } from './tempo-client.js';
import { tempoDayScheduleResultsSchema, tempoPageSchema, tempoWorklogSchema } from './tempo-schemas.js';
import { toTempoWorklog } from './tempo-worklog.js';

/** Tempo's largest page: fewer round trips against its ~5 requests/s limit. */
export const TEMPO_WORKLOGS_LIMIT = 5000;

/** One day of a user's Tempo schedule (`DaySchedule`), for expected hours. */
export interface TempoDaySchedule {
  /** YYYY-MM-DD. */
  date: string;
  requiredSeconds: number;
  /** WORKING_DAY, NON_WORKING_DAY, HOLIDAY, HOLIDAY_AND_NON_WORKING_DAY — or a kind Tempo adds later. */
  type: string;
  /** The holiday scheme's name for the day, when it has one. */
  holiday?: string | null;
}

/** The sync engine's Tempo source, plus the schedule that expected hours will need. */
export interface TempoSyncSource extends TempoSyncClient {
  /** `GET /4/user-schedule/{accountId}?from&to`: one entry per day of [from, to]. */
  userSchedule(accountId: string, from: string, to: string, signal?: AbortSignal): Promise<TempoDaySchedule[]>;
}

interface Connection {
  baseUrl: string;
  origin: string;
  headers: Record<string, string>;
}

/**
 * The Tempo side of a worklog sync for one instance. The token and address are checked when a
 * request is about to be made, not here: the engine builds clients for every instance up front,
 * and a missing Tempo token must fail that instance's sync with a clear message, not the whole run.
 */
export function createTempoSyncClient(http: HttpClient, c: Credentials): TempoSyncSource {
  const instanceName = c.name;

  const connect = (): Connection => {
    const token = c.tempoToken?.trim() ?? '';
    if (token === '') {
      throw new AppError(
        'auth',
        `No Tempo token is saved for '${instanceName}': add one in Settings (create it in Tempo → Settings → API integration), or turn Tempo off for this instance to sync from Jira instead.`,
      );
    }
    const baseUrl = normalizeTempoBaseUrl(c.tempoBaseUrl);
    return { baseUrl, origin: new URL(baseUrl).origin, headers: { Authorization: bearer(token) } };
  };

  const refuse = (message: string, detail: string): HttpError =>
    new HttpError('bad_response', `Tempo for '${instanceName}' ${message} Try again later, and send the log file (Help → Open log folder) to the developers if it keeps happening.`, {
      service: 'tempo',
      instanceName,
      detail,
    });

  /**
   * The next page's URL, resolved against the current one. It must stay on the base URL's origin:
   * the Bearer token goes with every request, and a link to anywhere else would hand it over.
   */
  const nextPageUrl = (next: string, current: string, conn: Connection, seen: Set<string>): string => {
    let target: URL;
    try {
      target = new URL(next, current);
    } catch {
      throw refuse('sent an unreadable link to the next page of worklogs.', 'GET /4/worklogs: metadata.next is not a URL');
    }
    if (target.origin !== conn.origin) {
      throw refuse(
        `pointed the next page of worklogs at another server (${target.host}): Worklog Desk did not follow it, so your Tempo token was not sent there.`,
        `GET /4/worklogs: metadata.next on ${target.origin}, expected ${conn.origin}`,
      );
    }
    // A server that links back to a page it already sent would keep a sync busy forever.
    if (seen.has(target.href)) throw refuse('kept linking back to a page of worklogs it had already sent.', `GET /4/worklogs: metadata.next repeats ${target.pathname}${target.search}`);
    seen.add(target.href);
    return target.href;
  };

  return {
    async *worklogs(from, to, signal) {
      const conn = connect();
      let url = `${conn.baseUrl}/4/worklogs`;
      // Only the first request carries our query: `next` already holds from/to/limit/offset as Tempo wants them.
      let query: Record<string, QueryValue> | undefined = { from, to, limit: TEMPO_WORKLOGS_LIMIT };
      // Every cycle of pages consists of `next` links only, so remembering those is enough to catch one.
      const seen = new Set<string>();
      for (;;) {
        const page = await http.request({ service: 'tempo', instanceName, url, query, headers: conn.headers, schema: tempoPageSchema(tempoWorklogSchema), signal });
        // `count` and `limit` say nothing about whether more exist (pages may be shorter than asked): only `next` does.
        if (page.results.length > 0) yield page.results.map(toTempoWorklog);
        const next = page.metadata.next;
        if (next === undefined || next === null || next === '') return;
        url = nextPageUrl(next, url, conn, seen);
        query = undefined;
      }
    },

    async userSchedule(accountId, from, to, signal) {
      const conn = connect();
      const answer = await http.request({
        service: 'tempo',
        instanceName,
        url: `${conn.baseUrl}/4/user-schedule/${encodeURIComponent(accountId)}`,
        query: { from, to },
        headers: conn.headers,
        schema: tempoDayScheduleResultsSchema,
        signal,
      });
      return answer.results.map((d) => ({ date: d.date, requiredSeconds: d.requiredSeconds, type: d.type, ...(d.holiday?.name ? { holiday: d.holiday.name } : {}) }));
    },
  };
}
