import type { HttpClient } from '../http/http-types.js';
import type { InstancesService } from '../instances/instances-port.js';
import type { JiraApi } from '../jira/jira-api.js';
import { createJiraCall } from '../jira/jira-call.js';
import { jiraMyselfSchema } from '../jira/jira-schemas.js';

export interface InstanceApi {
  api: JiraApi;
  /** Normalised site URL, for browse links. */
  siteUrl: string;
  /** `GET /myself`: throws the pipeline's plain-words error when the token is refused. */
  checkCredentials(signal?: AbortSignal): Promise<void>;
}

/** Binds an instance's saved credentials (keychain) to the shared HTTP pipeline. */
export function jiraAccess(http: HttpClient, instances: Pick<InstancesService, 'savedCredentials'>) {
  return async (instanceId: string): Promise<InstanceApi> => {
    const c = await instances.savedCredentials(instanceId);
    const { baseUrl, call } = createJiraCall(http, { name: c.name, baseUrl: c.url, email: c.email, token: c.jiraToken });
    return {
      api: { name: c.name, call },
      siteUrl: baseUrl,
      checkCredentials: async (signal) => {
        await call({ path: '/rest/api/3/myself', schema: jiraMyselfSchema, signal });
      },
    };
  };
}

export type JiraAccess = ReturnType<typeof jiraAccess>;
