import type { RebuildFn } from './ensure-electron-binding.js';

/**
 * The real RebuildFn: @electron/rebuild (already installed as electron-builder's dependency) on the
 * staging copy only. It first tries better-sqlite3's prebuilt binary for this Electron (GitHub),
 * then compiles against Electron's headers (electronjs.org). Both need the network.
 */
export const electronRebuild: RebuildFn = async ({ stageDir, target, progress }) => {
  const { rebuild } = await import('@electron/rebuild');
  // An npm `nodedir` setting (npm passes it on as npm_config_nodedir) makes node-gyp compile against
  // that Node's headers instead of downloading Electron's: never right for this build.
  const nodedirKeys = ['npm_config_nodedir', 'NPM_CONFIG_NODEDIR'] as const;
  const nodedir = nodedirKeys.map((k) => [k, process.env[k]] as const);
  for (const k of nodedirKeys) delete process.env[k];
  const run = rebuild({
    buildPath: stageDir,
    // Keeps the module search inside the stage, away from the project's node_modules.
    projectRootPath: stageDir,
    electronVersion: target.electronVersion,
    platform: target.platform as NodeJS.Platform,
    arch: target.arch,
    onlyModules: ['better-sqlite3'],
    force: true,
    mode: 'sequential',
  });
  run.lifecycle.on('module-found', (name: string) => progress(`  compiling ${name} for Electron ${target.electronVersion}…`));
  run.lifecycle.on('module-done', (name: string) => progress(`  ${name} done`));
  // node-gyp's own output is captured (it goes to the build log on failure); a compile takes about a
  // minute, so say every 15 s that it is still going rather than look hung.
  const started = Date.now();
  const heartbeat = setInterval(() => progress(`  still building… ${Math.round((Date.now() - started) / 1000)} s`), 15_000);
  // On failure @electron/rebuild console.error()s node-gyp's whole output (stack traces included)
  // and throws a bare "node-gyp failed to rebuild". Keep that output off the screen and inside the
  // error instead, where the caller classifies it (offline?) and writes it to the build log.
  const captured: string[] = [];
  const printError = console.error;
  console.error = (...args: unknown[]) => captured.push(args.map(String).join(' '));
  try {
    await run;
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n${captured.join('\n')}`, { cause: e });
  } finally {
    for (const [k, v] of nodedir) if (v !== undefined) process.env[k] = v;
    console.error = printError;
    clearInterval(heartbeat);
  }
};
