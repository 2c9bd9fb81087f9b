/**
 * `npm run web`: Worklog Desk in a browser tab, without Electron. Same core, same contract; the
 * page talks to it over loopback HTTP guarded by a per-launch secret (see web-host.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppCore } from '../core/app-core.js';
import { createAppCore } from '../core/app-core.js';
import { resolveDataDir } from '../core/data-dir.js';
import type { BackgroundSync } from '../core/sync/background-sync.js';
import { startBackgroundSync } from '../core/sync/background-sync.js';
import type { DownloadShelf } from './download-shelf.js';
import { createDownloadShelf } from './download-shelf.js';
import { describeStartupError } from './startup-error.js';
import { parseWebArgs, WEB_USAGE } from './web-args.js';
import type { WebHost } from './web-host.js';
import { startWebHost } from './web-host.js';

const STATIC_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

function fail(message: string): never {
  process.stderr.write(`Worklog Desk could not start. ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseWebArgs(process.argv.slice(2));
  } catch (e) {
    fail((e as Error).message);
  }
  if (args.help) {
    process.stdout.write(`${WEB_USAGE}\n`);
    return;
  }
  if (!fs.existsSync(path.join(STATIC_DIR, 'index.html'))) {
    fail('The page is not built yet: run "npm run web" (it builds it) or "npm run build".');
  }

  const dataDir = resolveDataDir();
  let core: AppCore | undefined;
  let host: WebHost | undefined;
  let background: BackgroundSync | undefined;
  let downloads: DownloadShelf | undefined;
  try {
    // Exports go to the browser's downloads (the shelf), not into the data folder.
    downloads = createDownloadShelf();
    const shelf = downloads;
    core = createAppCore({ host: 'web', dataDir, chooseExportPath: shelf.chooseExportPath, offerDownload: (file, name) => shelf.offer(file, name) });
    host = await startWebHost({ core, staticDir: STATIC_DIR, port: args.port, downloads: shelf });
    // As in the desktop app; its outcomes reach the page as sync.finished (a toast) and the history.
    background = startBackgroundSync(core);
  } catch (e) {
    core?.log.error('web host could not start', { error: e });
    core?.close();
    downloads?.close();
    fail(describeStartupError(e, dataDir));
  }

  process.stdout.write(`Worklog Desk is running at ${host.url} (Ctrl+C to stop)\n`);
  if (args.printUrlJson) process.stdout.write(`${JSON.stringify({ url: host.url })}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      // A second Ctrl+C means "now".
      process.exit(130);
    }
    stopping = true;
    core?.log.info('web host stopping', { signal });
    background?.dispose();
    void host
      ?.close()
      .catch(() => undefined)
      .finally(() => {
        core?.close();
        downloads?.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
