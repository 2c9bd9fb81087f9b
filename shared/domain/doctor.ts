/**
 * `doctor`: a health check of everything Worklog Desk depends on, explained in plain words. The same
 * report feeds the CLI (text or --json for support tickets) and the Settings panel. It never holds
 * a token: only names, addresses, versions and verdicts.
 */
export type DoctorStatus = 'pass' | 'fail' | 'info';

export interface DoctorCheck {
  /** Stable id for scripts and tests: 'keychain', 'native.node', 'instance.<id>.reach', … */
  id: string;
  /** What was checked, e.g. "Keychain" or "alpha: clock". */
  title: string;
  /** 'info': nothing to check here (no Electron on this machine, no instance yet); never a failure. */
  status: DoctorStatus;
  /** One or two sentences: what was found, and for a failure what to do. */
  detail: string;
}

export interface DoctorReport {
  /** True when no check failed: the CLI exits 0 only then. */
  ok: boolean;
  checkedAt: string;
  checks: DoctorCheck[];
}
