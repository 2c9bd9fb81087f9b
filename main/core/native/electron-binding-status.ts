import fs from 'node:fs';
import { readAddonMarkers } from './addon-markers.js';
import type { BindingTarget } from './electron-native-layout.js';
import { electronNativeDir, electronSqliteBindingFile, readBindingManifest } from './electron-native-layout.js';

export type BindingStatus =
  | { state: 'ready'; file: string; abi: number }
  | { state: 'missing' | 'stale'; file: string; reason: string };

/**
 * Is the Electron build of better-sqlite3 in `root/.electron-native` usable for this Electron?
 * Stale when the manifest is for another Electron, platform, arch or better-sqlite3, or the binary is not the one the manifest
 * describes (replaced, truncated, or compiled for Node's ABI instead of Electron's).
 */
export function electronBindingStatus(root: string, target: BindingTarget & { betterSqlite3: string; nodeAbi: number }): BindingStatus {
  const file = electronSqliteBindingFile(root, target);
  const manifest = readBindingManifest(electronNativeDir(root, target));
  if (!fs.existsSync(file) || !manifest) {
    return { state: 'missing', file, reason: `not built yet for Electron ${target.electronVersion} (${target.platform}-${target.arch})` };
  }
  // The folder names the target, but a folder copied or renamed by hand would not say otherwise.
  const recorded = `Electron ${manifest.electronVersion} (${manifest.platform}-${manifest.arch})`;
  if (recorded !== `Electron ${target.electronVersion} (${target.platform}-${target.arch})`) {
    return { state: 'stale', file, reason: `its build record is for ${recorded}, not Electron ${target.electronVersion} (${target.platform}-${target.arch})` };
  }
  if (manifest.betterSqlite3 !== target.betterSqlite3) {
    return { state: 'stale', file, reason: `built from better-sqlite3 ${manifest.betterSqlite3}, but ${target.betterSqlite3} is installed` };
  }
  const markers = readAddonMarkers(file);
  if (markers.nodeAbi === null || markers.nodeAbi !== manifest.abi) {
    return { state: 'stale', file, reason: 'the binary does not match its build record' };
  }
  if (markers.nodeAbi === target.nodeAbi) {
    return { state: 'stale', file, reason: `it was compiled for Node (ABI ${target.nodeAbi}), not for Electron` };
  }
  return { state: 'ready', file, abi: markers.nodeAbi };
}
