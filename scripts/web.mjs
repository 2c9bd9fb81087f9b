// `npm run web`: (re)builds the renderer when its sources are newer than the build, then runs the
// browser host with tsx, forwarding every argument (e.g. `npm run web -- --port 5174`).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'dist/renderer/index.html');

function newestMtime(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

function isStale() {
  if (!existsSync(builtIndex)) return true;
  const sources = ['renderer', 'shared', 'vite.config.ts'].map((p) => path.join(root, p)).filter((p) => existsSync(p));
  const newestSource = Math.max(...sources.map(newestMtime));
  return newestSource > statSync(builtIndex).mtimeMs;
}

if (isStale()) {
  process.stdout.write('Building the page…\n');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'main/web/web-main.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});

// Ctrl+C reaches the child through the terminal's process group; let it shut down cleanly and
// exit with its code. A SIGTERM sent to this script alone is passed on.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
