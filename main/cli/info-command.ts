import type { Command } from 'commander';
import { withCore } from './core-session.js';
import { createOutput } from './output.js';

/** `info`: where the data lives and which version wrote it — the first thing a bug report needs. */
export function registerInfoCommand(program: Command): void {
  program
    .command('info')
    .description('show the version, data folder, log file and database schema version')
    .option('--json', 'print machine-readable JSON on stdout (and nothing else there)')
    .action(async (opts: { json?: boolean }) => {
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core, call }) => {
        const info = await call('app.info', {});
        const human = [
          `${info.name} ${info.version}`,
          `Data folder:      ${info.dataDir}`,
          `Log file:         ${core.log.file}`,
          `Database schema:  ${info.schemaVersion}`,
        ].join('\n');
        out.result(human, { ...info, logFile: core.log.file });
      });
    });
}
