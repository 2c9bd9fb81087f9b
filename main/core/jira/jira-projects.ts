import type { JiraApi } from './jira-api.js';
import { jiraCreateMetaIssueTypesSchema, jiraProjectPageSchema } from './jira-sync-schemas.js';

export interface JiraProject {
  id: string;
  key: string;
  name: string;
}

export interface JiraIssueType {
  id: string;
  name: string;
  /** -1 sub-task, 0 standard, 1 epic, higher on Premium plans. */
  hierarchyLevel: number;
  subtask: boolean;
}

/** The spec's maxima for these two endpoints. */
const PROJECTS_PAGE = 100;
const ISSUE_TYPES_PAGE = 200;

/** `GET /rest/api/3/project/search`, paged by startAt until `isLast` (or an empty page). */
export async function listProjects(api: JiraApi, signal?: AbortSignal): Promise<JiraProject[]> {
  const out: JiraProject[] = [];
  for (let startAt = 0; ; ) {
    const page = await api.call({ path: '/rest/api/3/project/search', query: { startAt, maxResults: PROJECTS_PAGE }, schema: jiraProjectPageSchema, signal });
    for (const p of page.values) out.push({ id: String(p.id), key: p.key, name: p.name });
    startAt += page.values.length;
    const last = page.isLast ?? (page.total !== undefined && startAt >= page.total);
    if (last || page.values.length === 0) return out;
  }
}

/** `GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes`: the types a new issue may have there, paged until `total`. */
export async function issueTypesForProject(api: JiraApi, projectIdOrKey: string, signal?: AbortSignal): Promise<JiraIssueType[]> {
  const out: JiraIssueType[] = [];
  for (let startAt = 0; ; ) {
    const page = await api.call({
      path: `/rest/api/3/issue/createmeta/${encodeURIComponent(projectIdOrKey)}/issuetypes`,
      query: { startAt, maxResults: ISSUE_TYPES_PAGE },
      schema: jiraCreateMetaIssueTypesSchema,
      signal,
    });
    const types = page.issueTypes ?? page.values ?? [];
    for (const t of types) {
      const subtask = t.subtask ?? t.hierarchyLevel === -1;
      out.push({ id: String(t.id), name: t.name, hierarchyLevel: t.hierarchyLevel ?? (subtask ? -1 : 0), subtask });
    }
    startAt += types.length;
    if (types.length === 0 || page.total === undefined || startAt >= page.total) return out;
  }
}
