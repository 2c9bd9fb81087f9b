import type { AppCore } from '../core/app-core.js';
import type { InstanceRow } from '../core/instances/instances-repo.js';
import { instancesRepo } from '../core/instances/instances-repo.js';
import { CliError } from './cli-error.js';
import { NO_INSTANCES } from './instance-format.js';

/** Repeatable options (`--instance a --instance b`) collect into an array. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * The instances named on the command line (all of them when none is named), matched like the app
 * matches names (case-insensitively). Read from the database only: no keychain, no network. An
 * unknown name fails with the list of names that do exist, so a typo is fixed at a glance.
 */
export function resolveInstances(core: AppCore, names: readonly string[] | undefined): InstanceRow[] {
  const all = instancesRepo(core.db).list();
  if (all.length === 0) throw new CliError(NO_INSTANCES);
  if (!names || names.length === 0) return all;
  const unknown = names.filter((n) => !all.some((row) => row.name.toLowerCase() === n.trim().toLowerCase()));
  if (unknown.length > 0) {
    const which = unknown.map((n) => `"${n}"`).join(', ');
    throw new CliError(`No instance called ${which}. Known instances: ${all.map((r) => r.name).join(', ')}.`, { code: 'not_found' });
  }
  return all.filter((row) => names.some((n) => row.name.toLowerCase() === n.trim().toLowerCase()));
}

/** How the instance syncs: from Tempo when a Tempo token is saved, else from Jira alone. */
export const sourceOf = (row: InstanceRow): 'tempo' | 'jira' => (row.tempo_enabled === 1 ? 'tempo' : 'jira');
