import type { CheckPart, CredentialReport } from '../../../../shared/domain/instance';
import { AlertIcon, CheckIcon } from '../../components/icons';

function Part({ label, part }: { label: string; part: CheckPart | null }) {
  const tone = part === null ? 'neutral' : part.ok ? 'success' : 'error';
  return (
    <div className={`check-row check-row--${tone}`}>
      <span className="check-row__icon" aria-hidden="true">
        {part === null ? '–' : part.ok ? <CheckIcon /> : <AlertIcon />}
      </span>
      <span className="check-row__label">{label}</span>
      <span className="check-row__text">{part === null ? 'Not set up for this instance.' : part.ok ? part.detail : part.message}</span>
    </div>
  );
}

/** Jira and Tempo side by side: one failing never hides what the other said. */
export function CredentialReportView({ report, title = 'Test result' }: { report: CredentialReport; title?: string }) {
  const allOk = report.jira.ok && (report.tempo === null || report.tempo.ok);
  return (
    <div className={['check-report', allOk ? 'check-report--ok' : 'check-report--failed'].join(' ')} role="status" aria-label={title}>
      <Part label="Jira" part={report.jira} />
      <Part label="Tempo" part={report.tempo} />
    </div>
  );
}
