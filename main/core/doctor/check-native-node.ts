import fs from 'node:fs';
import path from 'node:path';
import type { DoctorCheck } from '../../../shared/domain/doctor.js';
import { readAddonMarkers } from '../native/addon-markers.js';
import { SQLITE_BINDING_FILE } from '../native/electron-native-layout.js';
import { fail, info, pass } from './doctor-check.js';

export interface RuntimeVersions {
  node: string;
  /** NODE_MODULE_VERSION of the running runtime. */
  modules: string;
  electron?: string | undefined;
}

const TITLE = 'Native modules for Node';

/**
 * The builds in node_modules, which the CLI, the browser host and the tests load: better-sqlite3
 * compiled for this Node's ABI, keytar an N-API module (one build for Node and Electron).
 */
export function checkNativeNode(appRoot: string, runtime: RuntimeVersions): DoctorCheck {
  if (runtime.electron) {
    return info('native.node', TITLE, `This is the desktop app (Electron ${runtime.electron}); Node's builds only matter to the command line and the browser host.`);
  }
  const abi = Number(runtime.modules);
  const sqlite = path.join(appRoot, 'node_modules', 'better-sqlite3', 'build', 'Release', SQLITE_BINDING_FILE);
  const keytar = path.join(appRoot, 'node_modules', 'keytar', 'build', 'Release', 'keytar.node');
  const problems: string[] = [];
  if (!fs.existsSync(sqlite)) problems.push('better-sqlite3 is not built (run `npm ci`)');
  else {
    const built = readAddonMarkers(sqlite).nodeAbi;
    if (built !== abi) problems.push(`better-sqlite3 is built for ABI ${built ?? 'unknown'}, not this Node's ${abi} (run \`npm rebuild better-sqlite3\`)`);
  }
  if (!fs.existsSync(keytar)) problems.push('keytar is not built (run `npm ci`)');
  else if (!readAddonMarkers(keytar).napi) problems.push('keytar is not an N-API build, so it would need one build per runtime');
  if (problems.length > 0) return fail('native.node', TITLE, `${problems.join('; ')}.`);
  return pass('native.node', TITLE, `better-sqlite3 is built for this Node (${runtime.node}, ABI ${abi}) and keytar is N-API: the command line and the browser host can load both.`);
}
