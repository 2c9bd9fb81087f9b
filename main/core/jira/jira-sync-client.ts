import type { Credentials } from '../ports.js';
import type { HttpClient } from '../http/http-types.js';
import type { JiraSyncClient } from '../sync-sources.js';
import type { JiraApi } from './jira-api.js';
import { bulkFetchIssues } from './jira-bulkfetch.js';
import { createJiraCall } from './jira-call.js';
import { issueIdsUpdatedWithin } from './jira-issues-updated.js';
import { issueWorklogs } from './jira-issue-worklogs.js';
import type { JiraIssueType, JiraProject } from './jira-projects.js';
import { issueTypesForProject, listProjects } from './jira-projects.js';
import { searchJql } from './jira-search.js';
import { usersBulk } from './jira-users-bulk.js';
import { worklogChanges } from './jira-worklog-changes.js';
import { worklogsById } from './jira-worklog-list.js';

export type { JiraIssueType, JiraProject } from './jira-projects.js';
export type { JiraUser } from './jira-users-bulk.js';

/** What sync needs, plus the catalogue calls issue packages use (projects, issue types). */
export interface JiraSyncApi extends JiraSyncClient {
  readonly name: string;
  readonly baseUrl: string;
  listProjects(signal?: AbortSignal): Promise<JiraProject[]>;
  issueTypesForProject(projectIdOrKey: string, signal?: AbortSignal): Promise<JiraIssueType[]>;
}

/**
 * The Jira side of a sync over the shared pipeline: every answer validated with zod, retries,
 * rate limits and error wording done by the pipeline. Each endpoint group lives in its own file.
 */
export function createJiraSyncClient(http: HttpClient, c: Pick<Credentials, 'name' | 'url' | 'email' | 'jiraToken'>): JiraSyncApi {
  const { baseUrl, call } = createJiraCall(http, { name: c.name, baseUrl: c.url, email: c.email, token: c.jiraToken });
  const api: JiraApi = { name: c.name, call };
  return {
    name: c.name,
    baseUrl,
    searchIssues: (jql, next, signal) => searchJql(api, jql, next, signal),
    issueWorklogs: (issueId, afterMs, beforeMs, signal) => issueWorklogs(api, issueId, afterMs, beforeMs, signal),
    issueIdsUpdatedWithin: (ids, minutes, signal) => issueIdsUpdatedWithin(api, ids, minutes, signal),
    bulkFetchIssues: (ids, signal) => bulkFetchIssues(api, ids, signal),
    usersBulk: (accountIds, signal) => usersBulk(api, accountIds, signal),
    worklogsUpdated: (sinceMs, signal) => worklogChanges(api, 'updated', sinceMs, signal),
    worklogsDeleted: (sinceMs, signal) => worklogChanges(api, 'deleted', sinceMs, signal),
    worklogsById: (ids, signal) => worklogsById(api, ids, signal),
    listProjects: (signal) => listProjects(api, signal),
    issueTypesForProject: (projectIdOrKey, signal) => issueTypesForProject(api, projectIdOrKey, signal),
  };
}
