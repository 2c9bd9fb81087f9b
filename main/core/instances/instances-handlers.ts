import type { Handlers } from '../dispatch.js';
import type { InstancesService } from './instances-service.js';

export function instancesHandlers(instances: InstancesService): Pick<Handlers, 'instances.list' | 'instances.add' | 'instances.update' | 'instances.remove' | 'instances.test'> {
  return {
    'instances.list': () => instances.list(),
    'instances.add': (input) => instances.add(input),
    'instances.update': (input) => instances.update(input),
    'instances.remove': ({ id }) => instances.remove(id),
    'instances.test': (input) => instances.test(input),
  };
}
