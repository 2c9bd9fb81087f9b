import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Configuration } from 'electron-builder';
import { PACKAGED_NATIVE_DIR, SQLITE_BINDING_FILE } from '../../../main/core/native/electron-native-layout.js';
import { PACKAGE_STAGE } from '../../../scripts/dist/stage-electron-binding.js';

/**
 * electron-builder.yml read and validated by electron-builder itself (its schema rejects unknown
 * keys), so a typo in a fuse name fails here rather than silently shipping an unfused binary.
 */
async function loadConfig(): Promise<Configuration> {
  const { getConfig, validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as {
    getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Configuration>;
    validateConfiguration(config: Configuration, debugLogger: unknown): Promise<void>;
  };
  const { DebugLogger } = (await import('builder-util')) as { DebugLogger: new (enabled: boolean) => unknown };
  const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
} as const;

function nodeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...nodeFiles(full));
    else if (entry.name.endsWith('.node')) out.push(full);
  }
  return out;
}

describe('electron-builder.yml', () => {
  it("is rejected by electron-builder's schema when a fuse name is misspelled (so the checks below can fail)", async () => {
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as { validateConfiguration(config: Configuration, debugLogger: unknown): Promise<void> };
    const { DebugLogger } = (await import('builder-util')) as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration({ electronFuses: { runAsnode: false } } as unknown as Configuration, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });

  it('sets every security fuse, each to its safe value', async () => {
    const config = await loadConfig();
    for (const [fuse, value] of Object.entries(REQUIRED_FUSES)) {
      expect(config.electronFuses?.[fuse as keyof typeof REQUIRED_FUSES], `electronFuses.${fuse} must be ${value}`).toBe(value);
    }
  });

  it("unpacks every .node file of the app's native dependencies from the asar", async () => {
    const config = await loadConfig();
    const patterns = (config.asarUnpack ?? []) as string[];
    const modules = ['better-sqlite3', 'keytar'];
    const files = modules.flatMap((m) => nodeFiles(path.join('node_modules', m)));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const inApp = file.split(path.sep).join('/');
      expect(
        patterns.some((p) => path.matchesGlob(inApp, p)),
        `${inApp} is not covered by asarUnpack`,
      ).toBe(true);
    }
  });

  it('never rebuilds node_modules in place, and ships the Electron build from .electron-native', async () => {
    const config = await loadConfig();
    expect(config.npmRebuild).toBe(false);
    expect(config.beforePack).toBe('./scripts/dist/before-pack.mjs');
    expect(fs.existsSync(config.beforePack as string)).toBe(true);
    // Outside the asar by construction: extraResources are plain files under <resources>.
    expect(config.extraResources).toEqual([{ from: '.electron-native/package', to: 'electron-native', filter: ['*.node'] }]);
    // …from where the beforePack hook stages the binary, to where main loads it (electronSqliteBinding).
    const [resource] = config.extraResources as Array<{ from: string; to: string; filter: string[] }>;
    expect(resource?.from).toBe(PACKAGE_STAGE.split(path.sep).join('/'));
    expect(resource?.to).toBe(PACKAGED_NATIVE_DIR);
    expect(resource?.filter.some((glob) => path.matchesGlob(SQLITE_BINDING_FILE, glob))).toBe(true);
    // Node's build of better-sqlite3 would be the wrong ABI inside the app: it is left out.
    const files = (config.files as Array<{ filter?: string[] }>).flatMap((f) => f.filter ?? []);
    expect(files).toContain('!**/node_modules/better-sqlite3/{build,deps,src}/**');
  });
});
