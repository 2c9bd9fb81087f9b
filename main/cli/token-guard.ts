import { CliError, EXIT_USAGE } from './cli-error.js';

/** Atlassian API tokens start with ATATT; Tempo and other API tokens are long mixed-case runs. */
const ATLASSIAN_TOKEN = /^ATATT[A-Za-z0-9_=+/-]{10,}$/;
const OPAQUE_TOKEN = /^[A-Za-z0-9_\-+/=.]{24,}$/;

const charClass = (c: string): number => (c >= 'a' && c <= 'z' ? 0 : c >= 'A' && c <= 'Z' ? 1 : c >= '0' && c <= '9' ? 2 : 3);

/**
 * True for a word that is most likely an API token: the Atlassian shape, or a long unbroken run that
 * mixes upper case, lower case and digits the way random text does. Names like
 * "ClientProject2024Production-EU-West-1" switch between case and digits at a quarter of their
 * characters at most; random text over [A-Za-z0-9] switches at about 60% of them. URLs, emails and
 * paths never match (':' '@' ' ' are outside the alphabet).
 */
export function looksLikeToken(word: string): boolean {
  if (ATLASSIAN_TOKEN.test(word)) return true;
  if (!OPAQUE_TOKEN.test(word)) return false;
  const classes = [...word].map(charClass).filter((c) => c !== 3);
  if (!classes.includes(0) || !classes.includes(1) || !classes.includes(2)) return false;
  let switches = 0;
  for (let i = 1; i < classes.length; i++) if (classes[i] !== classes[i - 1]) switches++;
  return switches >= 8 && switches / (classes.length - 1) >= 0.4;
}

/** Options that only say "read the token from stdin"; every other option naming a token is refused. */
const STDIN_FLAGS = new Set(['--token-stdin', '--tempo-token-stdin']);

const WHY = "tokens are never taken as command-line arguments (they would stay in your shell history and the process list)";
const HOW = `pipe the token on stdin with --token-stdin instead, e.g. printf '%s\\n' "$JIRA_TOKEN" | npm run --silent cli -- instance add … --token-stdin`;

/**
 * Runs before commander sees argv, because commander echoes unknown options in its errors
 * (`--token=SECRET` would be printed back). The offending value is never repeated.
 */
export function refuseTokenArguments(argv: readonly string[]): void {
  for (const arg of argv) {
    const flag = arg.startsWith('--') ? (arg.split('=', 1)[0] ?? arg).toLowerCase() : null;
    if (flag !== null && /token|secret|password|api-?key/.test(flag) && (!STDIN_FLAGS.has(flag) || arg.includes('='))) {
      const named = STDIN_FLAGS.has(flag) ? `${flag} takes no value` : `There is no ${flag} option`;
      throw new CliError(`${named}: ${WHY}; ${HOW}`, { exitCode: EXIT_USAGE });
    }
    if (looksLikeToken(arg) || looksLikeToken(arg.slice(arg.indexOf('=') + 1))) {
      throw new CliError(`An argument looks like an API token, and ${WHY}. Check the command, and ${HOW}`, { exitCode: EXIT_USAGE });
    }
  }
}

/** Last line of defence for anything echoed from argv (commander's messages): hides token-shaped words. */
export function scrubTokens(text: string): string {
  return text.replace(/[A-Za-z0-9_\-+/=.]{15,}/g, (word) => (looksLikeToken(word) ? '[hidden]' : word));
}
