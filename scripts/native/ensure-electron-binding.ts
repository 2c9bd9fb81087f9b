import fs from 'node:fs';
import path from 'node:path';
import { readAddonMarkers } from '../../main/core/native/addon-markers.js';
import type { BindingStatus } from '../../main/core/native/electron-binding-status.js';
import { electronBindingStatus } from '../../main/core/native/electron-binding-status.js';
import type { BindingTarget } from '../../main/core/native/electron-native-layout.js';
import { ELECTRON_NATIVE_DIR, SQLITE_BINDING_FILE, electronNativeDir, writeBindingManifest } from '../../main/core/native/electron-native-layout.js';
import { NativeBuildError, classifyBuildFailure } from './native-build-error.js';

/**
 * Compiles better-sqlite3 for Electron inside `stageDir` (a throwaway copy laid out as a tiny
 * project: package.json + node_modules/better-sqlite3). The real one is @electron/rebuild; tests
 * hand in a fake. It must never touch the project's own node_modules.
 */
export type RebuildFn = (request: { stageDir: string; target: BindingTarget; progress: (line: string) => void }) => Promise<void>;

export interface EnsureOptions {
  /** The project root: node_modules/ and .electron-native/ live here. */
  root: string;
  target: BindingTarget;
  /** The installed better-sqlite3 (its version goes into the manifest). */
  betterSqlite3: string;
  /** process.versions.modules of the Node running this script: a binary for it is not an Electron one. */
  nodeAbi: number;
  rebuild: RebuildFn;
  progress: (line: string) => void;
  /** Rebuild even when the binding looks ready. */
  force?: boolean;
  now?: () => Date;
}

export type EnsureOutcome = { action: 'up-to-date' | 'built'; file: string; abi: number };

const MODULE = 'better-sqlite3';

/**
 * `npm start`'s and the packaging hook's one decision: use the cached Electron binding when it is
 * ready, otherwise build it from a staging copy and record what it was built from. Failures come
 * out as NativeBuildError (one sentence); the raw output goes to a log file beside the cache.
 */
export async function ensureElectronBinding(options: EnsureOptions): Promise<EnsureOutcome> {
  const { root, target, progress } = options;
  const before: BindingStatus = electronBindingStatus(root, { ...target, betterSqlite3: options.betterSqlite3, nodeAbi: options.nodeAbi });
  if (before.state === 'ready' && !options.force) return { action: 'up-to-date', file: before.file, abi: before.abi };

  const dir = electronNativeDir(root, target);
  const stageDir = `${dir}.stage`;
  const logFile = path.join(root, ELECTRON_NATIVE_DIR, target.electronVersion, 'build-error.log');
  const why = before.state === 'ready' ? 'rebuild requested' : before.reason;
  progress(`Building the database engine (better-sqlite3 ${options.betterSqlite3}) for Electron ${target.electronVersion}: ${why}. This happens once per Electron version and takes about a minute.`);
  stage(root, stageDir, options.betterSqlite3);
  try {
    try {
      await options.rebuild({ stageDir, target, progress });
    } catch (e) {
      fs.mkdirSync(path.dirname(logFile), { recursive: true });
      fs.writeFileSync(logFile, describe(e));
      throw classifyBuildFailure(describe(e), target.electronVersion, logFile);
    }
    const built = path.join(stageDir, 'node_modules', MODULE, 'build', 'Release', SQLITE_BINDING_FILE);
    if (!fs.existsSync(built)) {
      throw new NativeBuildError('failed', `The Electron build of ${MODULE} finished without producing ${SQLITE_BINDING_FILE}; run \`npm start\` again, or \`npm run web\` meanwhile.`);
    }
    const markers = readAddonMarkers(built);
    if (markers.nodeAbi === null || markers.nodeAbi === options.nodeAbi) {
      throw new NativeBuildError('failed', `The build of ${MODULE} came out for Node, not for Electron ${target.electronVersion}; run \`npm start\` again, or \`npm run web\` meanwhile.`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(built, path.join(dir, SQLITE_BINDING_FILE));
    // The manifest is written last: a build cut short leaves no manifest, so it counts as missing.
    writeBindingManifest(dir, { ...target, abi: markers.nodeAbi, betterSqlite3: options.betterSqlite3, builtAt: (options.now?.() ?? new Date()).toISOString() });
    fs.rmSync(logFile, { force: true });
    progress(`Built ${path.relative(root, path.join(dir, SQLITE_BINDING_FILE))} (Electron ABI ${markers.nodeAbi}).`);
    return { action: 'built', file: path.join(dir, SQLITE_BINDING_FILE), abi: markers.nodeAbi };
  } finally {
    fs.rmSync(stageDir, { recursive: true, force: true });
  }
}

/**
 * A private copy of better-sqlite3 to compile in: building in node_modules would replace the Node
 * binary that tests, the CLI and the browser host load. Its own build/ (Node's) is left out.
 * prebuild-install is linked in so the rebuild can fetch the module's prebuilt Electron binary
 * instead of compiling when one exists.
 */
function stage(root: string, stageDir: string, version: string): void {
  fs.rmSync(stageDir, { recursive: true, force: true });
  const source = path.join(root, 'node_modules', MODULE);
  const modules = path.join(stageDir, 'node_modules');
  fs.mkdirSync(modules, { recursive: true });
  fs.cpSync(source, path.join(modules, MODULE), {
    recursive: true,
    filter: (from) => path.relative(source, from).split(path.sep)[0] !== 'build',
  });
  const prebuild = path.join(root, 'node_modules', 'prebuild-install');
  if (fs.existsSync(prebuild)) fs.symlinkSync(prebuild, path.join(modules, 'prebuild-install'), 'junction');
  fs.writeFileSync(path.join(stageDir, 'package.json'), JSON.stringify({ name: 'electron-native-stage', private: true, dependencies: { [MODULE]: version } }));
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.stack ?? e.message}\n${String((e as { stdout?: unknown }).stdout ?? '')}\n${String((e as { stderr?: unknown }).stderr ?? '')}`;
  return String(e);
}
