import type { PackageProject } from '../../../shared/domain/packages.js';
import { listProjects } from '../jira/jira-projects.js';
import type { JiraAccess } from './jira-access.js';

/**
 * The projects a target can be created in: every page of the instance's project search (what its
 * saved account can see), ordered by key so the picker reads like Jira's own list.
 */
export function packageProjects(access: JiraAccess) {
  return async (instanceId: string, signal?: AbortSignal): Promise<PackageProject[]> => {
    const { api } = await access(instanceId);
    const projects = await listProjects(api, signal);
    return projects.map((p) => ({ key: p.key, name: p.name })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  };
}
