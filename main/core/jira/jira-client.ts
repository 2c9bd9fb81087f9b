import type { HttpClient } from '../http/http-types.js';
import type { JiraInstanceConfig } from './jira-call.js';
import { createJiraCall } from './jira-call.js';
import type { JiraMyself } from './jira-schemas.js';
import { jiraMyselfSchema } from './jira-schemas.js';

export type { JiraCall, JiraInstanceConfig } from './jira-call.js';

export interface JiraClient {
  readonly name: string;
  readonly baseUrl: string;
  /** `GET /rest/api/3/myself`: the cheap credentials check; also tells whose token this is. */
  myself(signal?: AbortSignal): Promise<JiraMyself>;
}

/**
 * The credentials-check client. Endpoint groups live in their own files as functions of a
 * `JiraCall` (see jira-call.ts); the sync endpoints are bundled in jira-sync-client.ts.
 */
export function createJiraClient(http: HttpClient, config: JiraInstanceConfig): JiraClient {
  const { baseUrl, call } = createJiraCall(http, config);
  return {
    name: config.name,
    baseUrl,
    myself: (signal) => call({ path: '/rest/api/3/myself', schema: jiraMyselfSchema, signal }),
  };
}
