import { installedVersion } from '../../main/core/native/electron-native-layout.js';
import type { EnsureOutcome, RebuildFn } from './ensure-electron-binding.js';
import { ensureElectronBinding } from './ensure-electron-binding.js';
import { NativeBuildError } from './native-build-error.js';

export const NO_ELECTRON =
  "Electron isn't installed on this machine (it downloads from GitHub on first run, and that did not work here) — use `npm run web` to run the same app in your browser.";

export interface StartDeps {
  root: string;
  /** The Electron binary, downloading it on first use; null when there is none. */
  findElectron(): string | null;
  rebuild: RebuildFn;
  progress(line: string): void;
  platform?: string;
  arch?: string;
  nodeAbi?: number;
}

export type StartPlan = { ok: true; binary: string; binding: EnsureOutcome } | { ok: false; message: string };

/**
 * What `npm start` decides before launching anything: is there an Electron binary, and is the
 * database engine built for it (building it once if not)? Every failure is one sentence that says
 * what to do; nothing here prints a stack trace.
 */
export async function prepareDesktopStart(deps: StartDeps): Promise<StartPlan> {
  const binary = deps.findElectron();
  const electronVersion = installedVersion(deps.root, 'electron');
  if (!binary || !electronVersion) return { ok: false, message: NO_ELECTRON };
  const betterSqlite3 = installedVersion(deps.root, 'better-sqlite3');
  if (!betterSqlite3) return { ok: false, message: 'better-sqlite3 is not installed: run `npm ci` first.' };
  try {
    const binding = await ensureElectronBinding({
      root: deps.root,
      target: { electronVersion, platform: deps.platform ?? process.platform, arch: deps.arch ?? process.arch },
      betterSqlite3,
      nodeAbi: deps.nodeAbi ?? Number(process.versions.modules),
      rebuild: deps.rebuild,
      progress: deps.progress,
    });
    return { ok: true, binary, binding };
  } catch (e) {
    if (e instanceof NativeBuildError) return { ok: false, message: e.message };
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, message: `Preparing the desktop app failed (${reason}) — \`npm run web\` runs the same app in your browser.` };
  }
}
