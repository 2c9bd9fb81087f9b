import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAddonMarkers } from '../../../main/core/native/addon-markers.js';
import { PACKAGE_STAGE, stageElectronBinding } from '../../../scripts/dist/stage-electron-binding.js';
import { fakeRebuild, projectWithRealModules, sha256 } from './fake-native-tree.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const X64 = 1;

describe("npm run dist's beforePack hook", () => {
  it("builds Electron's better-sqlite3 from a staging copy and leaves Node's build in node_modules byte for byte", async () => {
    const { root, cleanup } = projectWithRealModules();
    cleanups.push(cleanup);
    // The real Node binding that `npm test`, the CLI and the browser host load.
    const nodeBinding = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    const before = sha256(nodeBinding);
    const rebuild = fakeRebuild(150);
    const staged = await stageElectronBinding(
      { electronPlatformName: process.platform, arch: X64, packager: { projectDir: root, info: { framework: { version: '45.5.0' } } } },
      { rebuild, progress: () => {} },
    );
    expect(sha256(nodeBinding)).toBe(before);
    expect(rebuild.calls).toHaveLength(1);
    // The staging copy is the real package without Node's build folder.
    expect(rebuild.calls[0]?.stagedNodeBuild).toBe(false);
    expect(staged).toBe(path.join(root, PACKAGE_STAGE, 'better_sqlite3.node'));
    expect(readAddonMarkers(staged)).toEqual({ napi: false, nodeAbi: 150 });
    // And Node can still open a database with its own build right after.
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(':memory:');
    expect(db.prepare('select 1 + 1 as two').get()).toEqual({ two: 2 });
    db.close();
  });

  it('reuses the cached build for the next installer, and refuses to cross-compile', async () => {
    const { root, cleanup } = projectWithRealModules();
    cleanups.push(cleanup);
    const context = { electronPlatformName: process.platform, arch: X64, packager: { projectDir: root } };
    await stageElectronBinding(context, { rebuild: fakeRebuild(), progress: () => {} });
    const again = fakeRebuild();
    await stageElectronBinding(context, { rebuild: again, progress: () => {} });
    expect(again.calls).toHaveLength(0);
    const other = process.platform === 'win32' ? 'darwin' : 'win32';
    await expect(stageElectronBinding({ ...context, electronPlatformName: other }, { rebuild: again })).rejects.toThrow(`must be built on ${other}`);
  });
});
