import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Where the Electron builds of ABI-specific native modules live in a checkout:
 *   .electron-native/<electron version>/<platform>-<arch>/better_sqlite3.node
 *   .electron-native/<electron version>/<platform>-<arch>/manifest.json
 * Node's own build stays in node_modules (tests, CLI, browser host); this folder is gitignored and
 * built once per Electron version by `npm start` (and by the packaging hook for installers).
 */
export const ELECTRON_NATIVE_DIR = '.electron-native';
export const SQLITE_BINDING_FILE = 'better_sqlite3.node';
export const MANIFEST_FILE = 'manifest.json';
/** Inside a packaged app: <resources>/electron-native/better_sqlite3.node (electron-builder extraResources). */
export const PACKAGED_NATIVE_DIR = 'electron-native';

export interface BindingTarget {
  electronVersion: string;
  platform: string;
  arch: string;
}

export function electronNativeDir(root: string, target: BindingTarget): string {
  return path.join(root, ELECTRON_NATIVE_DIR, target.electronVersion, `${target.platform}-${target.arch}`);
}

export function electronSqliteBindingFile(root: string, target: BindingTarget): string {
  return path.join(electronNativeDir(root, target), SQLITE_BINDING_FILE);
}

/** Written after a successful build; what "stale" is judged against. */
export const bindingManifestSchema = z.object({
  electronVersion: z.string().min(1),
  platform: z.string().min(1),
  arch: z.string().min(1),
  /** NODE_MODULE_VERSION read from the built binary. */
  abi: z.number().int().positive(),
  /** The better-sqlite3 version the binding was compiled from (its JS and C++ must match). */
  betterSqlite3: z.string().min(1),
  builtAt: z.string(),
});
export type BindingManifest = z.infer<typeof bindingManifestSchema>;

/** null when absent or unreadable: both mean "build it again". */
export function readBindingManifest(dir: string): BindingManifest | null {
  try {
    const parsed = bindingManifestSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeBindingManifest(dir: string, manifest: BindingManifest): void {
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The version in a package's package.json under `root/node_modules`, or null when not installed. */
export function installedVersion(root: string, pkg: string): string | null {
  try {
    const json = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof json.version === 'string' ? json.version : null;
  } catch {
    return null;
  }
}
