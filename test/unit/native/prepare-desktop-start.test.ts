import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBindingManifest } from '../../../main/core/native/electron-native-layout.js';
import { NO_ELECTRON, prepareDesktopStart } from '../../../scripts/native/prepare-desktop-start.js';
import { fakeAddon, fakeProject, fakeRebuild, sha256 } from './fake-native-tree.js';

const FAKE_ELECTRON = '/opt/fake/electron';
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function project(versions?: { electron?: string; betterSqlite3?: string }) {
  const p = fakeProject(versions);
  cleanups.push(p.cleanup);
  return p;
}

async function start(root: string, rebuild = fakeRebuild(), findElectron: () => string | null = () => FAKE_ELECTRON) {
  const lines: string[] = [];
  const plan = await prepareDesktopStart({ root, findElectron, rebuild, progress: (l) => lines.push(l), platform: 'linux', arch: 'x64', nodeAbi: 115 });
  return { plan, lines, rebuild };
}

const bindingDir = (root: string, version = '45.5.0') => path.join(root, '.electron-native', version, 'linux-x64');

describe('npm start: the Electron build of better-sqlite3', () => {
  it('builds it once on first start, from a staging copy, and says what it is doing', async () => {
    const { root, nodeBinding } = project();
    const before = sha256(nodeBinding);
    const { plan, lines, rebuild } = await start(root);
    expect(plan).toEqual({ ok: true, binary: FAKE_ELECTRON, binding: { action: 'built', file: path.join(bindingDir(root), 'better_sqlite3.node'), abi: 150 } });
    expect(rebuild.calls).toHaveLength(1);
    expect(rebuild.calls[0]).toMatchObject({ electronVersion: '45.5.0', stagedNodeBuild: false });
    expect(rebuild.calls[0]?.stageDir.startsWith(path.join(root, '.electron-native'))).toBe(true);
    expect(fs.existsSync(rebuild.calls[0]?.stageDir ?? '')).toBe(false);
    expect(lines[0]).toMatch(/^Building the database engine \(better-sqlite3 12\.11\.1\) for Electron 45\.5\.0: not built yet .* once per Electron version/);
    expect(lines).toContain('  compiling better-sqlite3 (fake)');
    expect(readBindingManifest(bindingDir(root))).toMatchObject({ electronVersion: '45.5.0', platform: 'linux', arch: 'x64', abi: 150, betterSqlite3: '12.11.1' });
    expect(sha256(nodeBinding)).toBe(before);
  });

  it('reuses it on the next start without rebuilding', async () => {
    const { root } = project();
    await start(root);
    const again = await start(root);
    expect(again.plan).toMatchObject({ ok: true, binding: { action: 'up-to-date', abi: 150 } });
    expect(again.rebuild.calls).toHaveLength(0);
    expect(again.lines).toEqual([]);
  });

  it('builds again when better-sqlite3 was updated, or the binary no longer matches its record', async () => {
    const { root } = project();
    await start(root);
    fs.writeFileSync(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.12.0' }));
    const updated = await start(root);
    expect(updated.plan).toMatchObject({ ok: true, binding: { action: 'built' } });
    expect(updated.lines[0]).toContain('built from better-sqlite3 12.11.1, but 12.12.0 is installed');
    // Someone copied Node's build over it.
    fs.writeFileSync(path.join(bindingDir(root), 'better_sqlite3.node'), fakeAddon(115));
    const replaced = await start(root);
    expect(replaced.rebuild.calls).toHaveLength(1);
    expect(replaced.lines[0]).toContain('does not match its build record');
  });

  it('builds again when the build record is for another Electron, platform or arch (a folder copied by hand)', async () => {
    const { root } = project();
    await start(root);
    const manifest = readBindingManifest(bindingDir(root));
    for (const other of [{ platform: 'darwin' }, { arch: 'arm64' }, { electronVersion: '44.0.0' }]) {
      fs.writeFileSync(path.join(bindingDir(root), 'manifest.json'), JSON.stringify({ ...manifest, ...other }));
      const again = await start(root);
      expect(again.rebuild.calls).toHaveLength(1);
      expect(again.lines[0]).toContain('its build record is for Electron');
      expect(readBindingManifest(bindingDir(root))).toMatchObject({ electronVersion: '45.5.0', platform: 'linux', arch: 'x64' });
    }
  });

  it('keeps one build per Electron version', async () => {
    const { root } = project();
    await start(root);
    fs.writeFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ name: 'electron', version: '46.0.0' }));
    const next = await start(root);
    expect(next.rebuild.calls.map((c) => c.electronVersion)).toEqual(['46.0.0']);
    expect(fs.existsSync(path.join(bindingDir(root, '45.5.0'), 'better_sqlite3.node'))).toBe(true);
    expect(fs.existsSync(path.join(bindingDir(root, '46.0.0'), 'better_sqlite3.node'))).toBe(true);
  });

  it('says in one sentence that the headers could not be downloaded and points at npm run web', async () => {
    const { root } = project();
    const offline = Object.assign(
      async () => {
        throw new Error('gyp ERR! stack Error: getaddrinfo ENOTFOUND www.electronjs.org\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)');
      },
      { calls: [] },
    );
    const { plan } = await start(root, offline);
    expect(plan.ok).toBe(false);
    const message = plan.ok ? '' : plan.message;
    expect(message).toMatch(/^Electron 45\.5\.0's headers could not be downloaded, .* run `npm run web` to use the same app in your browser/);
    expect(message).not.toContain('\n');
    expect(message).not.toMatch(/\bat .*:\d+:\d+/);
    // The raw output is kept for whoever wants it, and nothing half-built is left behind.
    const log = path.join(root, '.electron-native', '45.5.0', 'build-error.log');
    expect(message).toContain(log);
    expect(fs.readFileSync(log, 'utf8')).toContain('ENOTFOUND www.electronjs.org');
    expect(fs.existsSync(path.join(bindingDir(root), 'manifest.json'))).toBe(false);
    expect(fs.readdirSync(path.join(root, '.electron-native', '45.5.0'))).toEqual(['build-error.log']);
  });

  it("recognises node-gyp's own words for a failed header download as offline", async () => {
    const { root } = project();
    // What electronRebuild throws when node-gyp can't fetch the headers (its output folded in).
    const nodeGypOffline = Object.assign(
      async () => {
        throw new Error(
          "node-gyp failed to rebuild '/x/better-sqlite3'\n\nError: This is most likely not a problem with node-gyp or the package itself and\nis related to network connectivity. In most cases you are behind a proxy or have bad \nnetwork settings.",
        );
      },
      { calls: [] },
    );
    const { plan } = await start(root, nodeGypOffline);
    expect(plan).toEqual({ ok: false, message: expect.stringMatching(/^Electron 45\.5\.0's headers could not be downloaded/) });
  });

  it('a build that fails for another reason says so, with the log, and still points at npm run web', async () => {
    const { root } = project();
    const compilerMissing = Object.assign(
      async () => {
        throw new Error("node-gyp failed to rebuild '/x/better-sqlite3'\ngyp ERR! stack Error: not found: make");
      },
      { calls: [] },
    );
    const { plan } = await start(root, compilerMissing);
    const message = plan.ok ? '' : plan.message;
    expect(message).toMatch(/^Building the database engine for Electron 45\.5\.0 failed .* the details are in .*build-error\.log; meanwhile `npm run web`/);
    expect(message).not.toContain('\n');
  });

  it('refuses a build that came out for Node instead of Electron', async () => {
    const { root } = project();
    const { plan } = await start(root, fakeRebuild(115));
    expect(plan).toEqual({ ok: false, message: expect.stringMatching(/came out for Node, not for Electron 45\.5\.0/) });
    expect(fs.existsSync(path.join(bindingDir(root), 'better_sqlite3.node'))).toBe(false);
  });

  it('without an Electron binary, says so and builds nothing', async () => {
    const { root } = project();
    const { plan, rebuild } = await start(root, fakeRebuild(), () => null);
    expect(plan).toEqual({ ok: false, message: NO_ELECTRON });
    expect(NO_ELECTRON).toContain('npm run web');
    expect(rebuild.calls).toHaveLength(0);
  });
});
