import { CliError, EXIT_INTERRUPTED } from './cli-error.js';

export interface TokenPrompt {
  /** What the token is, in words: 'Jira API token', 'Tempo API token'. */
  label: string;
  /** Shown in the interactive prompt only, e.g. 'for "alpha"'. */
  context?: string;
}

/** Well above any real token; stops a mistaken `< big-file` from being read whole into memory. */
const MAX_BYTES = 64 * 1024;

/**
 * Reads one token per prompt: line 1 for the first, line 2 for the second. From a terminal the user
 * types (or pastes) them without echo; from a pipe or file the first lines are taken and the rest is
 * left unread. Every token must be non-empty.
 */
export async function readTokensFromStdin(prompts: readonly TokenPrompt[], stdin: NodeJS.ReadStream = process.stdin): Promise<string[]> {
  if (stdin.isTTY) {
    const tokens: string[] = [];
    for (const p of prompts) {
      const token = (await promptHidden(`${p.label}${p.context ? ` ${p.context}` : ''} (input hidden): `, stdin)).trim();
      if (!token) throw new CliError(`No ${p.label} entered — paste the token and press Enter.`);
      tokens.push(token);
    }
    return tokens;
  }
  const lines = await readFirstLines(stdin, prompts.length);
  return prompts.map((p, i) => {
    const token = (lines[i] ?? '').trim();
    if (!token) {
      const where = prompts.length > 1 ? `line ${i + 1} of stdin` : 'the first line of stdin';
      throw new CliError(
        `No ${p.label} on stdin: ${where} is empty. ` +
          (prompts.length > 1 ? 'Put the Jira token on line 1 and the Tempo token on line 2.' : `Pipe it in, e.g. printf '%s\\n' "$TOKEN" | npm run --silent cli -- …`),
      );
    }
    return token;
  });
}

async function readFirstLines(stdin: NodeJS.ReadStream, count: number): Promise<string[]> {
  stdin.setEncoding('utf8');
  let text = '';
  // Stop as soon as enough lines are in: a pipe kept open by the caller must not hang the CLI.
  // Leaving the loop early destroys the stream, which is what we want (nothing else reads stdin).
  for await (const chunk of stdin as AsyncIterable<string>) {
    text += chunk;
    if (text.split('\n').length > count || text.length > MAX_BYTES) break;
  }
  return text
    .split('\n')
    .slice(0, count)
    .map((line) => line.replace(/\r$/, ''));
}

/** Removes terminal escape sequences (arrow keys, bracketed paste markers) from typed input. */
const ESCAPES = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]/g; // eslint-disable-line no-control-regex

/** Reads one line from the terminal in raw mode so the token is never echoed. Prompt goes to stderr. */
function promptHidden(prompt: string, stdin: NodeJS.ReadStream): Promise<string> {
  process.stderr.write(prompt);
  return new Promise<string>((resolve, reject) => {
    let value = '';
    const finish = (): void => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk.replace(ESCAPES, '')) {
        if (ch === '\r' || ch === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new CliError('Cancelled.', { exitCode: EXIT_INTERRUPTED }));
          return;
        }
        if (ch === '\u0004' && value === '') {
          finish();
          resolve('');
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (ch === '\u0015') value = ''; // Ctrl-U: start over
        else if (ch >= ' ') value += ch;
      }
    };
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.on('data', onData);
    stdin.resume();
  });
}
