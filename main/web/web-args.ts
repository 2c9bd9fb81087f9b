export interface WebArgs {
  port: number;
  printUrlJson: boolean;
  help: boolean;
}

export const WEB_USAGE = `Usage: npm run web -- [--port N] [--print-url-json]

  --port N          listen on 127.0.0.1:N (default: a free port)
  --print-url-json  also print {"url": …} on its own line (for scripts and tests)
  --help            show this help

The data folder is WORKLOG_DESK_DATA_DIR, or the desktop app's own folder when unset.`;

/** Throws an Error with a message meant for the terminal when an argument makes no sense. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  const args: WebArgs = { port: 0, printUrlJson: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--print-url-json') args.printUrlJson = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--port' || arg?.startsWith('--port=')) {
      const raw = arg === '--port' ? argv[++i] : arg.slice('--port='.length);
      const port = Number(raw);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a number from 0 to 65535, not "${raw ?? ''}".`);
      args.port = port;
    } else throw new Error(`Unknown option "${arg}". Try --help.`);
  }
  return args;
}
