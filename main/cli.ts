/**
 * Headless CLI over the same core as the desktop app: `npm run --silent cli -- <command>`.
 * Kept tiny so startup stays fast; the commands open the database and keychain only when they run.
 */
import { runCli } from './cli/run-cli.js';

// Output to a closed pipe (`… | head`) is the reader's choice, not a failure worth a stack trace;
// the command still finishes normally, so the database is closed as always.
let outputFailed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE' || outputFailed) return;
  outputFailed = true;
  process.stderr.write(`error: could not write the output (${e.code ?? 'unknown error'})\n`);
});

const code = Math.max(await runCli(process.argv.slice(2)), outputFailed ? 1 : 0);
process.exitCode = code;
// The database is closed by now; don't let a stray handle (an idle keep-alive socket, the keychain's
// D-Bus connection) hold the process open once the event loop should be empty.
setTimeout(() => process.exit(code), 2000).unref();
