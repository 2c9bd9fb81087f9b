import { createInterface } from 'node:readline';
import { CliError, EXIT_INTERRUPTED } from './cli-error.js';

/**
 * Asks a yes/no question on the terminal (prompt on stderr) and resolves true only for "y"/"yes".
 * Callers ask only when stdin and stderr are a terminal: scripts and pipes are never prompted.
 * Ctrl-C or Ctrl-D at the prompt cancels (exit 130) rather than counting as an answer.
 */
export function confirm(question: string, stdin: NodeJS.ReadStream = process.stdin): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: stdin, output: process.stderr, terminal: true });
    let answered = false;
    const cancel = (): void => {
      if (answered) return;
      answered = true;
      rl.close();
      process.stderr.write('\n');
      reject(new CliError('Cancelled.', { exitCode: EXIT_INTERRUPTED }));
    };
    rl.on('SIGINT', cancel);
    rl.on('close', cancel);
    rl.question(`${question} [y/N] `, (answer) => {
      answered = true;
      rl.close();
      resolve(/^\s*y(es)?\s*$/i.test(answer));
    });
  });
}

/** True when a person can answer a question: both ends of the conversation are a terminal. */
export const canAsk = (): boolean => process.stdin.isTTY === true && process.stderr.isTTY === true;
