import { build } from 'vite';

/** The browser host serves dist/renderer: build it once per run so tests see the current sources. */
export default async function globalSetup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
