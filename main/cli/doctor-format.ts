import type { DoctorReport } from '../../shared/domain/doctor.js';

const MARK = { pass: '[ok]  ', fail: '[FAIL]', info: '[info]' } as const;

/** One line per check, failures spelled out; words rather than colours so it reads in any terminal and in a ticket. */
export function formatDoctorReport(report: DoctorReport): string {
  const lines = report.checks.map((c) => `${MARK[c.status]} ${c.title}: ${c.detail}`);
  const failed = report.checks.filter((c) => c.status === 'fail').length;
  lines.push('', failed === 0 ? 'Everything Worklog Desk needs is in order.' : `${failed} check${failed === 1 ? '' : 's'} failed: see [FAIL] above for what to do.`);
  return lines.join('\n');
}
