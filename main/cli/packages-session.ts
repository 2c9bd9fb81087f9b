import type { AppCore } from '../core/app-core.js';
import type { PackagesService } from '../core/packages/packages-service.js';

/** The packages service of the CLI's core (the same instance the app's channels use). */
export async function packagesOf(core: AppCore): Promise<PackagesService> {
  return core.services.packages;
}
