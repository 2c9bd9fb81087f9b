import type { Command } from 'commander';
import type { DoctorReport } from '../../shared/domain/doctor.js';
import { CliError } from './cli-error.js';
import { withCore } from './core-session.js';
import { formatDoctorReport } from './doctor-format.js';
import { createOutput } from './output.js';

/**
 * `doctor`: keychain, native modules, data folder and every instance, explained. Prints the report
 * (text, or --json for a support ticket: never a token), and exits 1 when any check failed.
 */
export function registerDoctorCommand(program: Command): void {
  program
    .command('doctor')
    .description('check the keychain, native modules, data folder and every instance, and say what to fix')
    .option('--json', 'print the report as JSON on stdout (safe to attach to a support ticket: no tokens)')
    .action(async (opts: { json?: boolean }) => {
      const out = createOutput({ json: opts.json });
      const report = await doctorReport();
      out.result(formatDoctorReport(report), report);
      const failed = report.checks.filter((c) => c.status === 'fail');
      if (failed.length > 0) throw new CliError(`doctor: ${failed.length} check${failed.length === 1 ? '' : 's'} failed (${failed.map((c) => c.title).join(', ')}).`);
    });
}

/** With the app's core when it opens; when the database itself won't open, every other check still runs. */
async function doctorReport(): Promise<DoctorReport> {
  try {
    return await withCore(({ call }) => call('doctor.run', {}));
  } catch (e) {
    if (!(e instanceof CliError) || e.code !== 'database') throw e;
    const { runDoctorWithoutDatabase } = await import('../core/doctor/run-doctor-without-database.js');
    return runDoctorWithoutDatabase(e.message);
  }
}
