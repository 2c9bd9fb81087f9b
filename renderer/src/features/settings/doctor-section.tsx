import { useState } from 'react';
import type { DoctorCheck, DoctorReport } from '../../../../shared/domain/doctor';
import { errorMessage } from '../../api-error';
import { Button } from '../../components/button';
import { AlertIcon, CheckIcon, PulseIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { runDoctor } from './settings-api';
import { SettingsSection } from './settings-section';

const STATUS_WORD = { pass: 'OK', fail: 'Problem', info: 'Note' } as const;

/** Details name commands in backticks (the CLI prints them as is): show those as code. */
function Detail({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}
    </>
  );
}

function CheckRow({ check }: { check: DoctorCheck }) {
  const tone = check.status === 'pass' ? 'success' : check.status === 'fail' ? 'error' : 'neutral';
  return (
    <li className={`check-row doctor-row check-row--${tone}`} data-status={check.status}>
      <span className="check-row__icon" aria-hidden="true">
        {check.status === 'pass' ? <CheckIcon /> : check.status === 'fail' ? <AlertIcon /> : '–'}
      </span>
      <span className="check-row__label">
        {/* The icon is decorative: the verdict is also said in words, for screen readers. */}
        <span className="visually-hidden">{STATUS_WORD[check.status]}: </span>
        {check.title}
      </span>
      <span className="check-row__text">
        <Detail text={check.detail} />
      </span>
    </li>
  );
}

/**
 * Settings → Health check: the same checks as `npm run cli -- doctor`, run on request (it contacts
 * every Jira instance, so not on every visit), problems first.
 */
export function DoctorSection() {
  const [report, setReport] = useState<DoctorReport | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (): Promise<void> => {
    setRunning(true);
    setError(null);
    try {
      setReport(await runDoctor());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setRunning(false);
    }
  };

  const failed = report?.checks.filter((c) => c.status === 'fail') ?? [];
  const ordered = report ? [...failed, ...report.checks.filter((c) => c.status !== 'fail')] : [];

  return (
    <SettingsSection
      id="doctor"
      icon={<PulseIcon />}
      title="Health check"
      description={
        <>
          Checks the keychain, the database engine, the data folder and every Jira instance (address, token, clock), and says what to fix. The same report
          comes from <code>npm run cli -- doctor</code>.
        </>
      }
      actions={
        <Button variant="secondary" size="sm" pending={running} onClick={() => void run()}>
          {running ? 'Checking…' : report ? 'Check again' : 'Run health check'}
        </Button>
      }
    >
      {error && <InlineAlert tone="error" title="The health check could not run">{error}</InlineAlert>}
      {!report && !error && <p className="settings-section__hint u-muted">Nothing checked yet: run the health check when something seems wrong, or before asking for help.</p>}
      {report && (
        <>
          <InlineAlert tone={report.ok ? 'success' : 'error'}>
            {report.ok ? 'Everything Worklog Desk needs is in order.' : `${failed.length} ${failed.length === 1 ? 'problem' : 'problems'} found — each says what to do.`}
          </InlineAlert>
          <ul className="check-report doctor-report" aria-label="Health check results">
            {ordered.map((c) => (
              <CheckRow key={c.id} check={c} />
            ))}
          </ul>
        </>
      )}
    </SettingsSection>
  );
}
