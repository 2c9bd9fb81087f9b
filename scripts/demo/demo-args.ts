import os from 'node:os';
import path from 'node:path';

export interface DemoArgs {
  dataDir: string;
  fresh: boolean;
  /** Try xdg-open / open / start on the browser host's URL. */
  open: boolean;
  /** Use the browser host even when Electron is installed. */
  web: boolean;
  /** Browser host port (0: a free one). */
  port: number;
  help: boolean;
}

export const DEFAULT_DEMO_DIR = path.join(os.tmpdir(), 'worklog-desk-demo');

export const DEMO_USAGE = `Usage: npm run demo -- [--data-dir DIR] [--fresh] [--no-open] [--web] [--port N]

Starts fake Jira sites "Acme" (with Tempo) and "Globex" with three months of generated worklogs,
adds them as instances, syncs last month and this month, then opens Worklog Desk on that data:
the desktop app when Electron is installed, otherwise the browser version (Ctrl+C stops it).

  --data-dir DIR  the demo's data folder (default: ${DEFAULT_DEMO_DIR}); re-runs reuse it
  --fresh         empty the demo folder first
  --no-open       don't open a browser tab, only print the address
  --web           use the browser version even when Electron is installed
  --port N        browser version on 127.0.0.1:N (default: a free port)

Tokens are kept in the system keychain, like real ones.`;

/** Throws an Error meant for the terminal when an argument makes no sense. */
export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  const args: DemoArgs = { dataDir: DEFAULT_DEMO_DIR, fresh: false, open: true, web: false, port: 0, help: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? '';
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const value = (): string => {
      const v = eq > 0 ? raw.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value.`);
      return v;
    };
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--fresh') args.fresh = true;
    else if (flag === '--no-open') args.open = false;
    else if (flag === '--web') args.web = true;
    else if (flag === '--data-dir') args.dataDir = path.resolve(value());
    else if (flag === '--port') {
      const raw = value();
      const port = Number(raw);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a number from 0 to 65535, not "${raw}".`);
      args.port = port;
    } else throw new Error(`Unknown option "${raw}". Try --help.`);
  }
  return args;
}
