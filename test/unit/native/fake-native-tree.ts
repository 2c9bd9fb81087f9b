import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RebuildFn } from '../../../scripts/native/ensure-electron-binding.js';

/** A binary that exports what a module compiled for `abi` exports (the only thing read from it). */
export function fakeAddon(abi: number): Buffer {
  return Buffer.concat([Buffer.from('\x7fELF fake addon\0'), Buffer.from(`node_register_module_v${abi}\0`), Buffer.alloc(32, 1)]);
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * A project root for the native build: node_modules is a link to the real one (so checksums are of
 * the real Node binding), .electron-native/ is the temp folder's own.
 */
export function projectWithRealModules(): { root: string; cleanup(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wd-native-'));
  fs.symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'junction');
  return { root, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** A small project: just the package.json files the build reads and a Node binding. */
export function fakeProject(versions: { electron?: string; betterSqlite3?: string } = {}): { root: string; nodeBinding: string; cleanup(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wd-native-'));
  const pkg = (name: string, version: string) => {
    fs.mkdirSync(path.join(root, 'node_modules', name), { recursive: true });
    fs.writeFileSync(path.join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
  };
  if (versions.electron !== '') pkg('electron', versions.electron ?? '45.5.0');
  pkg('better-sqlite3', versions.betterSqlite3 ?? '12.11.1');
  fs.writeFileSync(path.join(root, 'node_modules', 'better-sqlite3', 'binding.gyp'), '{}');
  const nodeBinding = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  fs.mkdirSync(path.dirname(nodeBinding), { recursive: true });
  fs.writeFileSync(nodeBinding, fakeAddon(Number(process.versions.modules)));
  return { root, nodeBinding, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/**
 * Stands in for @electron/rebuild: writes the module's build into the staging copy, like the real
 * one does, and records what it was asked to build and whether Node's build was copied along.
 */
export function fakeRebuild(abi = 150): RebuildFn & { calls: Array<{ stageDir: string; electronVersion: string; stagedNodeBuild: boolean }> } {
  const calls: Array<{ stageDir: string; electronVersion: string; stagedNodeBuild: boolean }> = [];
  const fn: RebuildFn = async ({ stageDir, target, progress }) => {
    const moduleDir = path.join(stageDir, 'node_modules', 'better-sqlite3');
    calls.push({ stageDir, electronVersion: target.electronVersion, stagedNodeBuild: fs.existsSync(path.join(moduleDir, 'build')) });
    progress('  compiling better-sqlite3 (fake)');
    fs.mkdirSync(path.join(moduleDir, 'build', 'Release'), { recursive: true });
    fs.writeFileSync(path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node'), fakeAddon(abi));
  };
  return Object.assign(fn, { calls });
}
