import type { Handlers } from '../dispatch.js';
import { MIGRATIONS } from '../store/migrations/index.js';
import type { DoctorDeps } from './run-doctor.js';
import { runDoctor } from './run-doctor.js';

/** Everything doctor checks except the schema it expects and the runtime, which it reads here. */
export type DoctorHandlersDeps = Omit<DoctorDeps, 'latestSchema' | 'runtime'>;

export function doctorHandlers(deps: DoctorHandlersDeps): Pick<Handlers, 'doctor.run'> {
  return {
    'doctor.run': () =>
      runDoctor({
        ...deps,
        latestSchema: Math.max(...MIGRATIONS.map((m) => m.version)),
        runtime: { node: process.versions.node, modules: process.versions.modules, electron: process.versions.electron },
      }),
  };
}
