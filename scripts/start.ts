// `npm start`: make sure Electron and its build of the database engine are there, build the app,
// then run it from the repository.
// The Electron binary is not part of the npm package: `require('electron')` fetches it from GitHub
// on first use. That is done in a child process with its output captured, so a machine without
// the binary (or without GitHub access) gets one clear sentence instead of a download stack trace.
// better-sqlite3 is compiled for Node by `npm ci`; Electron needs its own build, made once per
// Electron version into .electron-native/ (scripts/native/), never in node_modules.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { electronRebuild } from './native/electron-rebuild.js';
import { prepareDesktopStart } from './native/prepare-desktop-start.js';

function findElectron(): string | null {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('electron')))"], {
    encoding: 'utf8',
    // First run downloads ~100 MB; give a slow connection time, but never hang forever.
    timeout: 10 * 60_000,
  });
  const binary = probe.status === 0 ? probe.stdout.trim() : '';
  return binary && existsSync(binary) ? binary : null;
}

const plan = await prepareDesktopStart({ root: process.cwd(), findElectron, rebuild: electronRebuild, progress: (line) => console.log(line) });
if (!plan.ok) {
  console.error(plan.message);
  process.exit(1);
}

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// ELECTRON_RUN_AS_NODE (set by some tools) would make the binary behave as plain Node.
const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
const child = spawn(plan.binary, ['.'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
