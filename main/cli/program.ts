import { Command } from 'commander';
import { APP_VERSION } from '../core/app-version.js';
import { CLI_INVOCATION } from './cli-error.js';
import { registerDoctorCommand } from './doctor-command.js';
import { registerExportCommand } from './export-command.js';
import { registerFactorialCommands } from './factorial-commands.js';
import { registerInfoCommand } from './info-command.js';
import { registerInstanceCommands } from './instance-commands.js';
import { registerLeavesCommands } from './leaves-commands.js';
import { registerReportCommand } from './report-command.js';
import { registerPackageCommands } from './package-commands.js';
import { registerSyncCommands } from './sync-commands.js';
import { registerTemplateCommands } from './template-commands.js';
import { registerWorklogsCommands } from './worklogs-commands.js';

/** The command tree. Building it is cheap: every action opens the core lazily. */
export function createProgram(): Command {
  const program = new Command('worklog-desk')
    .description(`Worklog Desk from the command line — same data folder and services as the app.\nRun as: ${CLI_INVOCATION} <command>`)
    .version(APP_VERSION, '-V, --version', 'print the version')
    .showSuggestionAfterError(true)
    // Options belong to the command they follow: `sync --json` (run a sync) and `sync history --json`
    // are different options, which commander only keeps apart when every level stops at its subcommand.
    .enablePositionalOptions()
    .addHelpText(
      'after',
      `\nThe data folder is the app's (WORKLOG_DESK_DATA_DIR overrides it). Tokens are read from stdin only.\n` +
        `Exit codes: 0 done, 1 failed, 2 usage error, 130 cancelled.\n`,
    );
  registerInstanceCommands(program);
  registerSyncCommands(program);
  registerWorklogsCommands(program);
  registerReportCommand(program);
  registerExportCommand(program);
  registerTemplateCommands(program);
  registerPackageCommands(program);
  registerFactorialCommands(program);
  registerLeavesCommands(program);
  registerInfoCommand(program);
  registerDoctorCommand(program);
  return program;
}

/** Every command in the tree, root first: used to hook each one's exit handling. */
export function allCommands(root: Command): Command[] {
  return [root, ...root.commands.flatMap(allCommands)];
}

/** "instance add" for the command `add` under `instance` (the root's own name left out). */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
