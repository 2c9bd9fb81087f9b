import type { ZodType } from 'zod';
import { basicAuth } from '../http/auth-headers.js';
import type { HttpClient, HttpMethod, QueryValue } from '../http/http-types.js';
import { normalizeJiraSiteUrl } from './jira-site-url.js';

export interface JiraInstanceConfig {
  /** The user's name for the instance, used in error messages. */
  name: string;
  /** The site as typed or stored; normalised here (see jira-site-url.ts). */
  baseUrl: string;
  email: string;
  token: string;
}

/** One call to this instance's REST API; what every endpoint function is built on. */
export interface JiraCall {
  <T>(req: {
    method?: HttpMethod;
    /** Below the site, starting with `/rest/` — e.g. `/rest/api/3/myself`. */
    path: string;
    query?: Record<string, QueryValue>;
    body?: unknown;
    schema: ZodType<T>;
    signal?: AbortSignal | undefined;
    timeoutMs?: number;
    expectEmpty?: boolean;
    /** Set true on POSTs that only read (search/jql, issue/bulkfetch, worklog/list). */
    idempotent?: boolean;
  }): Promise<T>;
}

/**
 * Binds an instance's site and credentials to the shared pipeline. Shared by the small clients
 * (credentials check, sync), so each endpoint group is a plain function of a `JiraCall`.
 */
export function createJiraCall(http: HttpClient, config: JiraInstanceConfig): { baseUrl: string; call: JiraCall } {
  const baseUrl = normalizeJiraSiteUrl(config.baseUrl);
  // Computed once and kept in this closure only, so it cannot leak through a log of a client object.
  const authorization = basicAuth(config.email, config.token);
  const call: JiraCall = ({ path, signal, ...rest }) =>
    http.request({
      ...rest,
      ...(signal === undefined ? {} : { signal }),
      service: 'jira',
      instanceName: config.name,
      url: `${baseUrl}${path}`,
      headers: { Authorization: authorization },
    });
  return { baseUrl, call };
}
