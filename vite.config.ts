import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Paths are taken from this file, not the working directory, so `npm run web` and
// scripts/build.mjs build the same thing from anywhere.
const fromHere = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: fromHere('./renderer'),
  // Relative asset URLs: the Electron window loads index.html from file://, the browser host from /.
  base: './',
  plugins: [react()],
  build: {
    outDir: fromHere('./dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // Inline assets would arrive as data: URLs; keep fonts and scripts as files for the CSP.
    assetsInlineLimit: 0,
    // No modulepreload polyfill: it would be an inline script, which the CSP forbids (and both hosts are modern Chromium).
    modulePreload: { polyfill: false },
  },
  server: { strictPort: false },
});
