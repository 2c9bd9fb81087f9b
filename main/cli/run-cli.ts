import type { Command } from 'commander';
import { CommanderError } from 'commander';
import { CliError, EXIT_FAILED, EXIT_OK, EXIT_USAGE, helpHint } from './cli-error.js';
import { allCommands, commandPath, createProgram } from './program.js';
import { refuseTokenArguments, scrubTokens } from './token-guard.js';

/** Commander's own error, with the command it happened in (for the `--help` hint). */
class UsageFailure extends Error {
  constructor(
    readonly commander: CommanderError,
    readonly command: Command,
  ) {
    super(commander.message);
  }
}

/** The one line a failure prints on stderr: `error: …`, plus where to read more for usage errors. */
function errorLine(message: string, hint?: string): string {
  const text = scrubTokens(message.replace(/^error:\s*/i, '').replace(/\s+/g, ' ').trim());
  return hint ? `error: ${text.replace(/\.$/, '')} — ${hint}\n` : `error: ${text}\n`;
}

/**
 * Runs one CLI invocation and returns its exit code. Never throws and never prints a stack: every
 * failure becomes one `error:` line on stderr — exit 2 when the command line was not understood,
 * 1 when the command ran and failed.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    refuseTokenArguments(argv);
    const program = createProgram();
    for (const command of allCommands(program)) {
      // Commander prints its errors itself and calls process.exit; we want both under our control.
      command.configureOutput({ outputError: () => undefined });
      command.exitOverride((err) => {
        throw new UsageFailure(err, command);
      });
    }
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (e) {
    if (e instanceof UsageFailure) {
      const { exitCode, code, message } = e.commander;
      // --help, --version, and help shown because a command group was called without a subcommand.
      if (code === 'commander.helpDisplayed' || code === 'commander.version') return exitCode;
      if (code === 'commander.help') return EXIT_USAGE;
      process.stderr.write(errorLine(message, helpHint(commandPath(e.command) || undefined)));
      return EXIT_USAGE;
    }
    if (e instanceof CliError) {
      process.stderr.write(errorLine(e.message, e.hint));
      return e.exitCode;
    }
    if (e instanceof CommanderError) {
      process.stderr.write(errorLine(e.message));
      return EXIT_USAGE;
    }
    // Not ours and not the core's (e.g. a native module failed to load): still one line, no stack.
    const reason = e instanceof Error ? e.message : String(e);
    process.stderr.write(errorLine(`Worklog Desk could not run the command: ${reason}`));
    return EXIT_FAILED;
  }
}
