import type { PackageProgress } from '../../../shared/domain/packages.js';
import type { Handlers } from '../dispatch.js';
import type { PackagesService } from './packages-service.js';

type PackagesChannels =
  | 'templates.list' | 'templates.get' | 'templates.add' | 'templates.update' | 'templates.remove'
  | 'packages.check' | 'packages.create' | 'packages.retry' | 'packages.get' | 'packages.history' | 'packages.linked';

/** Issue packages and the templates they are made from. */
export function packagesHandlers(packages: PackagesService, onProgress: (p: PackageProgress) => void): Pick<Handlers, PackagesChannels> {
  const packageProgress = { onProgress };
  return {
    'templates.list': async () => packages.templates.list(),
    'templates.get': async ({ id }) => packages.templates.get(id),
    'templates.add': async (input) => packages.templates.add(input),
    'templates.update': async (input) => packages.templates.update(input),
    'templates.remove': async ({ id }) => packages.templates.remove(id),
    'packages.check': (input) => packages.check(input),
    'packages.create': (input) => packages.create(input, packageProgress),
    'packages.retry': ({ groupId }) => packages.retry(groupId, packageProgress),
    'packages.get': async ({ groupId }) => packages.get(groupId),
    'packages.history': async ({ limit }) => packages.history(limit),
    'packages.linked': async ({ groupId }) => packages.linked(groupId),
  };
}
