// `npm start`: build everything, then run the desktop app from the repository.
// The Electron binary is not part of the npm package: `require('electron')` fetches it from GitHub
// on first use. That is done in a child process with its output captured, so a machine without
// the binary (or without GitHub access) gets one clear sentence instead of a download stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NO_ELECTRON =
  "Electron isn't installed on this machine (it downloads from GitHub on first run, and that did not work here) — use `npm run web` to run the same app in your browser.";

function electronBinary() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('electron')))"], {
    encoding: 'utf8',
    // First run downloads ~100 MB; give a slow connection time, but never hang forever.
    timeout: 10 * 60_000,
  });
  const binary = probe.status === 0 ? probe.stdout.trim() : '';
  return binary && existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) {
  console.error(NO_ELECTRON);
  process.exit(1);
}

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// ELECTRON_RUN_AS_NODE (set by some tools) would make the binary behave as plain Node.
const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
const child = spawn(binary, ['.'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
