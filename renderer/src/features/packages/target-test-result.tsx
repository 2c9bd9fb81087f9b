import { AlertIcon, CheckIcon } from '../../components/icons';
import type { TargetTest } from './package-wizard-state';

/** A target's credentials test, in words: the Jira account it signs in as, or why it can't. */
export function TestResult({ test }: { test: TargetTest }) {
  if (test.error) return <span className="target-test target-test--error">{test.error}</span>;
  if (!test.report) return null;
  const j = test.report.jira;
  return j.ok ? (
    <span className="target-test target-test--ok" role="status">
      <CheckIcon size={13} /> {j.detail}
    </span>
  ) : (
    <span className="target-test target-test--error" role="alert">
      <AlertIcon size={13} /> {j.message}
    </span>
  );
}
