// Builds everything the app runs from: the renderer (Vite) and the Electron main + preload bundles
// (esbuild). Native modules stay external: electron-builder unpacks them from the asar.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });

const external = ['electron', 'better-sqlite3', 'keytar'];
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', external };

await Promise.all([
  build({ ...common, entryPoints: ['main/index.ts'], outfile: 'dist/main/index.cjs', format: 'cjs' }),
  // A sandboxed preload can only be a single CommonJS script.
  build({ ...common, entryPoints: ['preload/index.ts'], outfile: 'dist/preload/index.cjs', format: 'cjs', platform: 'browser', external: ['electron'] }),
  viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' }),
]);
console.log('built dist/main, dist/preload, dist/renderer');
