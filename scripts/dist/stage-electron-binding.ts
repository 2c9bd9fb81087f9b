import fs from 'node:fs';
import path from 'node:path';
import { ELECTRON_NATIVE_DIR, SQLITE_BINDING_FILE, installedVersion } from '../../main/core/native/electron-native-layout.js';
import type { RebuildFn } from '../native/ensure-electron-binding.js';
import { ensureElectronBinding } from '../native/ensure-electron-binding.js';

/** What electron-builder's beforePack hook receives, as far as we read it. */
export interface PackContext {
  electronPlatformName: string;
  /** builder-util's Arch enum: 0 ia32, 1 x64, 2 armv7l, 3 arm64, 4 universal. */
  arch: number;
  packager: { projectDir: string; info?: { framework?: { version?: string } } };
}

const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'] as const;

/**
 * The folder electron-builder.yml's extraResources copies to <resources>/electron-native/ of each
 * packaged app. Refilled before every platform/arch is packed, so each gets its own binary.
 */
export const PACKAGE_STAGE = path.join(ELECTRON_NATIVE_DIR, 'package');

/**
 * Packaging with `npmRebuild: false`: electron-builder leaves node_modules (Node's builds, which
 * `npm test`, the CLI and the browser host load) alone. This hook builds the Electron binding into
 * .electron-native/ from a staging copy (or reuses it) and stages it for the installer. keytar is
 * N-API, so its one build serves Node and Electron alike (test/unit/native proves it).
 */
export async function stageElectronBinding(context: PackContext, deps: { rebuild: RebuildFn; progress?: (line: string) => void; nodeAbi?: number }): Promise<string> {
  const root = context.packager.projectDir;
  const platform = context.electronPlatformName;
  const arch = ARCH_NAMES[context.arch];
  if (!arch || arch === 'universal') throw new Error(`Packaging for architecture ${arch ?? context.arch} is not supported: build one installer per architecture.`);
  // Native modules can't be cross-compiled: each OS's installer is made on that OS.
  if (platform !== process.platform) throw new Error(`The database engine for the ${platform} app must be built on ${platform}: run \`npm run dist\` on a ${platform} machine.`);
  const electronVersion = context.packager.info?.framework?.version ?? installedVersion(root, 'electron');
  const betterSqlite3 = installedVersion(root, 'better-sqlite3');
  if (!electronVersion || !betterSqlite3) throw new Error('electron and better-sqlite3 must be installed (`npm ci`) before packaging.');
  const outcome = await ensureElectronBinding({
    root,
    target: { electronVersion, platform, arch },
    betterSqlite3,
    nodeAbi: deps.nodeAbi ?? Number(process.versions.modules),
    rebuild: deps.rebuild,
    progress: deps.progress ?? ((line) => console.log(line)),
  });
  const staged = path.join(root, PACKAGE_STAGE);
  fs.rmSync(staged, { recursive: true, force: true });
  fs.mkdirSync(staged, { recursive: true });
  const target = path.join(staged, SQLITE_BINDING_FILE);
  fs.copyFileSync(outcome.file, target);
  return target;
}
