import type { DoctorReport } from '../../../shared/domain/doctor.js';
import { resolveDataDir } from '../data-dir.js';
import { createKeytarSecretStore } from '../secrets/keytar-secret-store.js';
import { systemClock } from '../system-clock.js';
import { runDoctor } from './run-doctor.js';

/** For the CLI when the database can't be opened: the open error is the data folder's verdict. */
export function runDoctorWithoutDatabase(error: string, appRoot: string = process.cwd()): Promise<DoctorReport> {
  return runDoctor({
    dataDir: resolveDataDir(),
    db: { error },
    latestSchema: 0,
    secrets: createKeytarSecretStore(),
    instances: null,
    appRoot,
    runtime: { node: process.versions.node, modules: process.versions.modules, electron: process.versions.electron },
    clock: systemClock,
  });
}
