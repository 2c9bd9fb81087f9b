/**
 * Exit codes of the CLI. Scripts branch on these, so they stay few and stable:
 * 0 done, 1 the command ran and failed (refused credentials, conflict, network...), 2 the command
 * line itself could not be understood, 130 the user pressed Ctrl-C at a prompt.
 */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

/**
 * A failure the CLI reports as one line. `message` is shown as is, so it must be plain words and
 * never contain a secret; `hint` names the help page to read for usage errors.
 */
export class CliError extends Error {
  readonly exitCode: number;
  readonly hint: string | undefined;
  /** The app's error code ('auth', 'conflict'...) when the core refused the request. */
  readonly code: string | undefined;

  constructor(message: string, options: { exitCode?: number; hint?: string; code?: string } = {}) {
    super(message);
    this.name = 'CliError';
    this.exitCode = options.exitCode ?? EXIT_FAILED;
    this.hint = options.hint;
    this.code = options.code;
  }
}

/** The command line is malformed: exit 2 and point at the command's help. */
export function usageError(message: string, commandPath?: string): CliError {
  return new CliError(message, { exitCode: EXIT_USAGE, hint: helpHint(commandPath) });
}

/** How users run the CLI; used in hints so they can copy the line as is. */
export const CLI_INVOCATION = 'npm run --silent cli --';

export function helpHint(commandPath?: string): string {
  return `see: ${CLI_INVOCATION}${commandPath ? ` ${commandPath}` : ''} --help`;
}
