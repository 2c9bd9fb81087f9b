import type { Command } from 'commander';
import { CliError, CLI_INVOCATION, usageError } from './cli-error.js';
import { withCore } from './core-session.js';
import { describeAdded, formatInstanceTable, formatReport, reportFailed, toCliInstance } from './instance-format.js';
import { createOutput } from './output.js';
import { readTokensFromStdin } from './read-token-stdin.js';

const TOKEN_STDIN_HELP = 'read the Jira API token from stdin (first line); on a terminal it is asked for without echo';
const JSON_HELP = 'print machine-readable JSON on stdout (and nothing else there)';
const CUSTOM_HOST_HELP = 'confirm a Jira address outside Atlassian Cloud (*.atlassian.net, *.jira.com): a company domain or a proxy';

const examples = (lines: string[]): string => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;

/** `instance …`: add, edit, test and remove the Jira sites, through the same services as the app. */
export function registerInstanceCommands(program: Command): void {
  const instance = program
    .command('instance')
    .description('manage Jira instances (sites) and their Jira/Tempo tokens')
    .addHelpText('after', `\nTokens are only ever read from stdin (--token-stdin) and kept in the system keychain.\n`);

  instance
    .command('add')
    .description('add a Jira instance; Jira (and Tempo) check the credentials before anything is saved')
    .requiredOption('--name <name>', 'your name for the instance, e.g. "alpha"')
    .requiredOption('--url <url>', 'Jira site URL, e.g. https://your-team.atlassian.net')
    .requiredOption('--email <email>', 'email of the Atlassian account the token belongs to')
    .option('--token-stdin', TOKEN_STDIN_HELP)
    .option('--tempo-token-stdin', 'also read a Tempo API token: the second line of stdin')
    .option('--tempo-url <url>', 'Tempo API base URL (default https://api.tempo.io)')
    .option('--custom-host', CUSTOM_HOST_HELP)
    .option('--json', JSON_HELP)
    .addHelpText(
      'after',
      examples([
        `printf '%s\\n' "$JIRA_TOKEN" | ${CLI_INVOCATION} instance add --name alpha --url https://alpha.atlassian.net --email ada@example.com --token-stdin`,
        `printf '%s\\n%s\\n' "$JIRA_TOKEN" "$TEMPO_TOKEN" | ${CLI_INVOCATION} instance add --name alpha --url https://alpha.atlassian.net --email ada@example.com --token-stdin --tempo-token-stdin`,
      ]),
    )
    .action(async (opts: { name: string; url: string; email: string; tokenStdin?: boolean; tempoTokenStdin?: boolean; tempoUrl?: string; customHost?: boolean; json?: boolean }) => {
      if (!opts.tokenStdin) {
        throw usageError('instance add needs the Jira API token: pass --token-stdin and pipe the token in (or type it when asked).', 'instance add');
      }
      const out = createOutput({ json: opts.json });
      const [jiraToken = '', tempoToken] = await readTokensFromStdin([
        { label: 'Jira API token', context: `for "${opts.name}"` },
        ...(opts.tempoTokenStdin ? [{ label: 'Tempo API token', context: `for "${opts.name}"` }] : []),
      ]);
      await withCore(async ({ call }) => {
        out.progress(`Checking the credentials with Jira${tempoToken ? ' and Tempo' : ''}…`);
        const view = await call('instances.add', {
          name: opts.name,
          url: opts.url,
          email: opts.email,
          jiraToken,
          tempoToken: tempoToken ?? null,
          tempoBaseUrl: opts.tempoUrl ?? null,
          ...(opts.customHost ? { customHost: true } : {}),
        });
        out.result(describeAdded(view), toCliInstance(view));
      }, { secrets: [jiraToken, tempoToken] });
    });

  instance
    .command('list')
    .description('list the Jira instances (never their tokens)')
    .option('--json', `${JSON_HELP}: an array of {id, name, url, email, tempo, …}`)
    .action(async (opts: { json?: boolean }) => {
      const out = createOutput({ json: opts.json });
      await withCore(async ({ call }) => {
        const list = await call('instances.list', {});
        out.result(formatInstanceTable(list), list.map(toCliInstance));
      });
    });

  instance
    .command('test')
    .description('check the saved credentials with Jira and Tempo; exits with 1 when either fails')
    .requiredOption('--name <name>', 'the instance to test')
    .option('--json', `${JSON_HELP}: {name, ok, jira, tempo}`)
    .action(async (opts: { name: string; json?: boolean }) => {
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core, call }) => {
        const row = core.services.instances.byName(opts.name);
        out.progress(`Testing "${row.name}"…`);
        const report = await call('instances.test', { id: row.id });
        const failed = reportFailed(report);
        out.result(formatReport(row.name, report), { name: row.name, ok: !failed, jira: report.jira, tempo: report.tempo });
        if (failed) {
          const parts = [!report.jira.ok && 'Jira', report.tempo && !report.tempo.ok && 'Tempo'].filter(Boolean).join(' and ');
          throw new CliError(`${parts} refused or could not be reached for "${row.name}" (details above).`);
        }
      });
    });

  instance
    .command('edit')
    .description('rename an instance or change its URL, email or Jira token (re-checked with Jira)')
    .requiredOption('--name <name>', 'the instance to change')
    .option('--new-name <name>', 'a new name')
    .option('--url <url>', 'a new Jira site URL; another host or port needs --token-stdin too (a saved token never follows an address change)')
    .option('--custom-host', CUSTOM_HOST_HELP)
    .option('--email <email>', 'a new account email')
    .option('--token-stdin', `replace the Jira API token: ${TOKEN_STDIN_HELP}`)
    .option('--json', JSON_HELP)
    .addHelpText(
      'after',
      examples([
        `${CLI_INVOCATION} instance edit --name alpha --new-name alpha-eu`,
        `printf '%s\\n' "$NEW_TOKEN" | ${CLI_INVOCATION} instance edit --name alpha --token-stdin`,
        `printf '%s\\n' "$JIRA_TOKEN" | ${CLI_INVOCATION} instance edit --name alpha --url https://jira.example.com --custom-host --token-stdin`,
      ]),
    )
    .action(async (opts: { name: string; newName?: string; url?: string; customHost?: boolean; email?: string; tokenStdin?: boolean; json?: boolean }) => {
      if (opts.newName === undefined && opts.url === undefined && opts.email === undefined && !opts.tokenStdin) {
        throw usageError('Nothing to change: pass --new-name, --url, --email or --token-stdin.', 'instance edit');
      }
      const out = createOutput({ json: opts.json });
      const [jiraToken] = opts.tokenStdin ? await readTokensFromStdin([{ label: 'new Jira API token', context: `for "${opts.name}"` }]) : [];
      await withCore(async ({ core, call }) => {
        const row = core.services.instances.byName(opts.name);
        if (opts.url !== undefined || opts.email !== undefined || jiraToken) out.progress('Checking the new credentials with Jira…');
        const view = await call('instances.update', {
          id: row.id,
          ...(opts.newName !== undefined ? { name: opts.newName } : {}),
          ...(opts.url !== undefined ? { url: opts.url } : {}),
          ...(opts.customHost ? { customHost: true } : {}),
          ...(opts.email !== undefined ? { email: opts.email } : {}),
          ...(jiraToken ? { jiraToken } : {}),
        });
        const renamed = view.name !== row.name ? ` (now "${view.name}")` : '';
        out.result(`Updated "${row.name}"${renamed}.${jiraToken ? ' New Jira token saved.' : ''}`, toCliInstance(view));
      }, { secrets: [jiraToken] });
    });

  instance
    .command('tempo')
    .description("set, replace or remove an instance's Tempo token (a new token is checked with Tempo first)")
    .requiredOption('--name <name>', 'the instance')
    .option('--token-stdin', 'read the Tempo API token from stdin (first line); on a terminal it is asked for without echo')
    .option('--url <url>', 'Tempo API base URL, e.g. https://api.eu.tempo.io; with a Tempo token saved, a new address needs --token-stdin too')
    .option('--remove', 'remove the saved Tempo token')
    .option('--json', JSON_HELP)
    .addHelpText('after', examples([`printf '%s\\n' "$TEMPO_TOKEN" | ${CLI_INVOCATION} instance tempo --name alpha --token-stdin`, `${CLI_INVOCATION} instance tempo --name alpha --remove`]))
    .action(async (opts: { name: string; tokenStdin?: boolean; url?: string; remove?: boolean; json?: boolean }) => {
      if (opts.remove && (opts.tokenStdin || opts.url !== undefined)) {
        throw usageError('--remove cannot be combined with --token-stdin or --url.', 'instance tempo');
      }
      if (!opts.remove && !opts.tokenStdin && opts.url === undefined) {
        throw usageError('Say what to do: --token-stdin to set the Tempo token, --url to change the Tempo URL, or --remove.', 'instance tempo');
      }
      const out = createOutput({ json: opts.json });
      const [tempoToken] = opts.tokenStdin ? await readTokensFromStdin([{ label: 'Tempo API token', context: `for "${opts.name}"` }]) : [];
      await withCore(async ({ core, call }) => {
        const row = core.services.instances.byName(opts.name);
        if (!opts.remove) out.progress('Checking the credentials with Jira and Tempo…');
        const view = await call('instances.update', {
          id: row.id,
          ...(opts.remove ? { tempoToken: null } : {}),
          ...(tempoToken ? { tempoToken } : {}),
          ...(opts.url !== undefined ? { tempoBaseUrl: opts.url } : {}),
        });
        const human = opts.remove
          ? `Tempo token removed from "${view.name}".`
          : tempoToken
            ? `Tempo token saved for "${view.name}" — Tempo accepted it.`
            : `Tempo URL of "${view.name}" is now ${view.tempo.baseUrl}.`;
        out.result(human, toCliInstance(view));
      }, { secrets: [tempoToken] });
    });

  instance
    .command('remove')
    .description('remove an instance and delete its tokens from the keychain')
    .requiredOption('--name <name>', 'the instance to remove')
    .option('--json', JSON_HELP)
    .action(async (opts: { name: string; json?: boolean }) => {
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core, call }) => {
        const row = core.services.instances.byName(opts.name);
        await call('instances.remove', { id: row.id });
        out.result(`Removed "${row.name}" and deleted its tokens from the keychain.`, { removed: true, id: row.id, name: row.name });
      });
    });
}
