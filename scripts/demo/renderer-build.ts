import fs from 'node:fs';
import path from 'node:path';

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

/** Same rule as `npm run web` (scripts/web.mjs): rebuild the page when its sources are newer. */
export async function ensureRendererBuilt(root: string): Promise<{ dir: string; built: boolean }> {
  const dir = path.join(root, 'dist', 'renderer');
  const index = path.join(dir, 'index.html');
  const sources = ['renderer', 'shared', 'vite.config.ts'].map((p) => path.join(root, p)).filter((p) => fs.existsSync(p));
  const stale = !fs.existsSync(index) || Math.max(...sources.map(newestMtime)) > fs.statSync(index).mtimeMs;
  if (!stale) return { dir, built: false };
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  return { dir, built: true };
}
