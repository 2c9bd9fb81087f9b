/**
 * What other capabilities may use of the instances: the saved instances (read-only rows) and the service's type, to ask for an instance's credentials.
 * Other capabilities import this file only, never the files behind it (eslint.config.js, core boundaries).
 */
export { instancesRepo } from './instances-repo.js';
export type { InstanceRow, InstancesRepo } from './instances-repo.js';
export type { InstancesService } from './instances-service.js';
