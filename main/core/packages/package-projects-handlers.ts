import type { Handlers } from '../dispatch.js';
import type { HttpClient } from '../http/http-types.js';
import type { InstancesService } from '../instances/instances-port.js';
import { jiraAccess } from './jira-access.js';
import { packageProjects } from './package-projects.js';

export interface PackageProjectsDeps {
  http: HttpClient;
  instances: Pick<InstancesService, 'savedCredentials'>;
}

/** The wizard's project picker: `packages.projects` lists an instance's projects from Jira. */
export function packageProjectsHandlers(deps: PackageProjectsDeps): Pick<Handlers, 'packages.projects'> {
  const projects = packageProjects(jiraAccess(deps.http, deps.instances));
  return {
    'packages.projects': ({ instanceId }) => projects(instanceId),
  };
}
