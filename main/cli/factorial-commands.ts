import type { Command } from 'commander';
import { CLI_INVOCATION, usageError } from './cli-error.js';
import { withCore } from './core-session.js';
import type { RangeOptions } from './date-range-options.js';
import { addRangeOptions, resolveRange } from './date-range-options.js';
import { leavesServicesFor } from './leaves-commands.js';
import { formatMappings, formatSyncResult } from './leaves-format.js';
import { createOutput } from './output.js';
import { readTokensFromStdin } from './read-token-stdin.js';

const JSON_HELP = 'print machine-readable JSON on stdout (and nothing else there)';
const examples = (lines: string[]): string => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;

/** A positive whole number, or a usage error naming the flag. */
function employeeIdOption(value: string, path: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) <= 0) throw usageError(`--employee "${value}" is not a Factorial employee id (a positive whole number).`, path);
  return Number(value);
}

/** `factorial …`: the API key, mapping Jira people to Factorial employees, syncing leaves. */
export function registerFactorialCommands(program: Command): void {
  const factorial = program
    .command('factorial')
    .description('connect Factorial HR, map people to employees and sync leaves')
    .addHelpText('after', `\nThe API key is only ever read from stdin (--token-stdin) and kept in the system keychain.\n`);

  factorial
    .command('config')
    .description('save (after checking it with Factorial) the API key and/or address; without options, show them')
    .option('--token-stdin', 'read the Factorial API key from stdin (first line); on a terminal it is asked for without echo')
    .option('--url <baseUrl>', 'Factorial API address (default https://api.factorialhr.com); another address needs --token-stdin too')
    .option('--json', `${JSON_HELP}: {baseUrl, apiKeySaved, employees}`)
    .addHelpText('after', examples([`printf '%s\\n' "$FACTORIAL_KEY" | ${CLI_INVOCATION} factorial config --token-stdin`]))
    .action(async (opts: { tokenStdin?: boolean; url?: string; json?: boolean }) => {
      const out = createOutput({ json: opts.json });
      const [apiKey] = opts.tokenStdin ? await readTokensFromStdin([{ label: 'Factorial API key' }]) : [];
      await withCore(
        async ({ core }) => {
          const { config } = await leavesServicesFor(core);
          if (apiKey === undefined && opts.url === undefined) {
            const view = await config.view();
            out.result(`Factorial: ${view.baseUrl} · API key ${view.apiKeySaved ? 'saved in the keychain' : 'not saved'}`, { ...view, employees: null });
            return;
          }
          out.progress('Checking with Factorial…');
          const { view, check } = await config.save({ ...(apiKey === undefined ? {} : { apiKey }), ...(opts.url === undefined ? {} : { baseUrl: opts.url }) });
          const seen = check.employees === null ? '' : ` (${check.employees.toLocaleString('en-US')} employees visible)`;
          out.result(`Factorial connected${seen}: ${view.baseUrl}. ${apiKey === undefined ? 'Address saved.' : 'API key saved in the keychain.'}`, { ...view, employees: check.employees });
        },
        { secrets: [apiKey] },
      );
    });

  factorial
    .command('map')
    .description('map Jira people to Factorial employees: by email for everyone, or by hand for one person')
    .option('--user <accountId>', 'one person (Atlassian account id); with --employee a manual mapping, alone an automatic one')
    .option('--employee <id>', 'the Factorial employee id to map --user to')
    .option('--unmap', 'remove the mapping of --user')
    .option('--json', `${JSON_HELP}: an array of {accountId, name, email, employeeId, employeeName, how} (employeeId null when unmapped); one object with --user`)
    .addHelpText(
      'after',
      `\nEmails are matched ignoring letter case. Manual mappings are never changed by the automatic one.\n` +
        examples([`${CLI_INVOCATION} factorial map`, `${CLI_INVOCATION} factorial map --user 5b10ac8d82e05b22cc7d4ef5 --employee 1042`]),
    )
    .action(async (opts: { user?: string; employee?: string; unmap?: boolean; json?: boolean }) => {
      if ((opts.employee !== undefined || opts.unmap) && opts.user === undefined) throw usageError('Say whom: --user ACCOUNT_ID.', 'factorial map');
      if (opts.employee !== undefined && opts.unmap) throw usageError('--employee and --unmap cannot be combined.', 'factorial map');
      const employeeId = opts.employee === undefined ? undefined : employeeIdOption(opts.employee, 'factorial map');
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core }) => {
        const { mapping } = await leavesServicesFor(core);
        const user = opts.user?.trim();
        if (user !== undefined && opts.unmap) {
          const removed = mapping.unmap(user);
          out.result(removed ? `Unmapped ${user}.` : `${user} was not mapped.`, { accountId: user, employeeId: null, removed });
          return;
        }
        if (user !== undefined && employeeId !== undefined) {
          const p = mapping.map(user, employeeId);
          out.result(`Mapped ${p.name} (${p.accountId}) to Factorial employee ${employeeId}${p.employeeName ? ` (${p.employeeName})` : ''}, by hand.`, p);
          return;
        }
        out.progress('Reading the employees from Factorial…');
        const result = await mapping.autoMap(user === undefined ? {} : { accountId: user });
        if (user !== undefined) {
          const p = result.people[0];
          out.result(
            p?.employeeId != null ? `${p.name} is mapped to Factorial employee ${p.employeeId}${p.employeeName ? ` (${p.employeeName})` : ''} (${p.how}).` : `No Factorial employee has ${p?.name ?? user}'s email: map them by hand with --employee.`,
            p ?? null,
          );
          return;
        }
        out.result(formatMappings(result.people), result.people);
      });
    });

  addRangeOptions(factorial.command('sync').description('fetch the Factorial leaves of a date range (approved and pending; removed ones are dropped)'), 'sync')
    .option('--json', `${JSON_HELP}: {runId, from, to, counts:{fetched, inserted, updated, deleted}, requests}`)
    .addHelpText('after', examples([`${CLI_INVOCATION} factorial sync --this-month`, `${CLI_INVOCATION} factorial sync --from 2026-11-01 --to 2026-11-30 --json`]))
    .action(async (opts: RangeOptions & { json?: boolean }) => {
      const range = await resolveRange(opts, 'factorial sync');
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core }) => {
        const { sync } = await leavesServicesFor(core);
        out.progress('Fetching leaves from Factorial…');
        const result = await sync.sync(range);
        out.result(formatSyncResult(result), result);
      });
    });
}
