import type { DoctorCheck, DoctorReport } from '../../../shared/domain/doctor.js';
import type { Clock, SecretStore } from '../ports.js';
import type { Db } from '../store/open-database.js';
import { checkDataFolder } from './check-data-folder.js';
import type { InstanceCheckDeps, InstanceRef } from './check-instance.js';
import { checkInstance } from './check-instance.js';
import { checkKeychain } from './check-keychain.js';
import type { RuntimeVersions } from './check-native-node.js';
import { checkNativeNode } from './check-native-node.js';
import { checkNativeElectron } from './check-native-electron.js';
import { fail, guarded, info } from './doctor-check.js';

export interface DoctorDeps {
  dataDir: string;
  /** The open database, or why it could not be opened (the CLI still runs every other check). */
  db: Db | { error: string };
  latestSchema: number;
  secrets: SecretStore;
  /** The instances to check (read from the database, without touching the keychain) and how; null without a database. */
  instances: { list(): InstanceRef[]; deps: InstanceCheckDeps } | null;
  /** The checkout (node_modules/, .electron-native/); unused inside a packaged app. */
  appRoot: string;
  runtime: RuntimeVersions;
  clock: Clock;
  minFreeBytes?: number;
}

/** Every check, independent of each other; `ok` only when none failed. */
export async function runDoctor(deps: DoctorDeps): Promise<DoctorReport> {
  const { db } = deps;
  const groups = await Promise.all([
    guarded('keychain', 'Keychain', () => checkKeychain(deps.secrets)),
    guarded('native.node', 'Native modules for Node', () => checkNativeNode(deps.appRoot, deps.runtime)),
    guarded('native.electron', 'Native modules for Electron', () => checkNativeElectron(deps.appRoot, deps.runtime)),
    'error' in db
      ? Promise.resolve([fail('data.open', 'Data folder', db.error)])
      : guarded('data', 'Data folder', () => checkDataFolder({ dataDir: deps.dataDir, db, latestSchema: deps.latestSchema, ...(deps.minFreeBytes === undefined ? {} : { minFreeBytes: deps.minFreeBytes }) })),
    instanceChecks(deps),
  ]);
  const checks = groups.flat();
  return { ok: checks.every((c) => c.status !== 'fail'), checkedAt: deps.clock.now().toISOString(), checks };
}

async function instanceChecks(deps: DoctorDeps): Promise<DoctorCheck[]> {
  const source = deps.instances;
  if (!source) return [info('instances', 'Instances', 'Not checked: the database could not be opened.')];
  const instances = source.list();
  if (instances.length === 0) return [info('instances', 'Instances', 'No Jira instance is set up yet: add one in Settings (or `instance add`).')];
  const all = await Promise.all(instances.map((i) => guarded(`instance.${i.id}`, i.name, () => checkInstance(i, source.deps))));
  return all.flat();
}
