import { useState } from 'react';
import type { InstanceField } from './use-instance-field-refs';
import { useInstanceFieldRefs } from './use-instance-field-refs';
import type { CredentialReport } from '../../../../shared/domain/instance';
import { DEFAULT_TEMPO_BASE_URL } from '../../../../shared/domain/instance';
import { errorMessage } from '../../api-error';
import { Button } from '../../components/button';
import { PlusIcon, PulseIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { TextField } from '../../components/text-field';
import { siteLabel } from '../../format';
import { useInstancesStore } from '../../stores/instances-store';
import { useToastStore } from '../../stores/toast-store';
import { CredentialReportView } from './credential-report-view';
import type { Errors } from './instance-validation';
import { CUSTOM_HOST_MISSING, checkEmail, checkName, checkSiteUrl, checkTempoUrl, checkToken, hasErrors, needsCustomHost, withScheme } from './instance-validation';
import { CustomHostField } from './custom-host-field';
import { addSite, testSite } from './settings-api';
import { TempoFields } from './tempo-fields';
import { ApiTokenHelp } from './token-help';

interface Draft {
  name: string;
  url: string;
  email: string;
  jiraToken: string;
  useTempo: boolean;
  tempoToken: string;
  tempoBaseUrl: string;
  /** The user confirmed an address outside Atlassian Cloud. */
  customHost: boolean;
}

type Field = InstanceField;

const EMPTY: Draft = { name: '', url: '', email: '', jiraToken: '', useTempo: false, tempoToken: '', tempoBaseUrl: DEFAULT_TEMPO_BASE_URL, customHost: false };

/** "Test" needs everything but the name; "Add" needs the name too. */
function validate(d: Draft, forAdd: boolean): Errors<Field> {
  return {
    name: forAdd ? checkName(d.name) : undefined,
    url: checkSiteUrl(d.url) ?? (needsCustomHost(d.url) && !d.customHost ? CUSTOM_HOST_MISSING : undefined),
    email: checkEmail(d.email),
    jiraToken: checkToken(d.jiraToken, 'Jira API token'),
    tempoToken: d.useTempo ? checkToken(d.tempoToken, 'Tempo token') : undefined,
    tempoBaseUrl: d.useTempo ? checkTempoUrl(d.tempoBaseUrl) : undefined,
  };
}

function credentials(d: Draft) {
  return {
    url: withScheme(d.url),
    email: d.email.trim(),
    jiraToken: d.jiraToken.trim(),
    tempoToken: d.useTempo ? d.tempoToken.trim() : null,
    tempoBaseUrl: d.useTempo ? d.tempoBaseUrl.trim() || DEFAULT_TEMPO_BASE_URL : null,
    ...(needsCustomHost(d.url) && d.customHost ? { customHost: true } : {}),
  };
}

/**
 * Adding an instance: main verifies the credentials against Jira (and Tempo) before it saves
 * anything, so "Add" may take a few seconds and may fail with a message that says why. On failure
 * the form keeps everything the user typed.
 */
export function AddInstanceForm({ onDone, onCancel }: { onDone(): void; onCancel?: () => void }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Errors<Field>>({});
  const [pending, setPending] = useState<'test' | 'add' | null>(null);
  const [error, setError] = useState<{ message: string; from: 'test' | 'add' } | null>(null);
  const [report, setReport] = useState<CredentialReport | null>(null);
  const showToast = useToastStore((s) => s.show);
  const { nameRef, urlRef, emailRef, jiraTokenRef, tempoTokenRef, tempoBaseUrlRef, focusFirstError } = useInstanceFieldRefs();

  const update = <K extends keyof Draft>(key: K, value: Draft[K]): void => {
    setDraft((d) => ({ ...d, [key]: value }));
    // An error goes away as soon as the user edits the field it is about.
    if (key in errors) setErrors((e) => ({ ...e, [key]: undefined }));
    setReport(null);
  };

  const check = (forAdd: boolean): boolean => {
    const found = validate(draft, forAdd);
    setErrors(found);
    if (!hasErrors(found)) return true;
    focusFirstError(found);
    return false;
  };

  const test = async (): Promise<void> => {
    if (!check(false)) return;
    setPending('test');
    setError(null);
    setReport(null);
    try {
      // Main names the instance in its messages; before the user picks a name, the site's host reads best.
      setReport(await testSite({ ...credentials(draft), name: draft.name.trim() || siteLabel(withScheme(draft.url)).slice(0, 60) }));
    } catch (e) {
      setError({ message: errorMessage(e), from: 'test' });
    } finally {
      setPending(null);
    }
  };

  const add = async (): Promise<void> => {
    if (!check(true)) return;
    setPending('add');
    setError(null);
    setReport(null);
    try {
      const added = await addSite({ name: draft.name.trim(), ...credentials(draft) });
      showToast(added.account ? `Added “${added.name}” — signed in as ${added.account.displayName}.` : `Added “${added.name}”.`);
      await useInstancesStore.getState().load();
      setDraft(EMPTY);
      onDone();
    } catch (e) {
      setError({ message: errorMessage(e), from: 'add' });
    } finally {
      setPending(null);
    }
  };

  return (
    <form
      className="instance-form"
      aria-label="Add a Jira instance"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!pending) void add();
      }}
    >
      <div className="form-grid">
        <TextField label="Name" ref={nameRef} value={draft.name} onChange={(v) => update('name', v)} error={errors.name} placeholder="e.g. alpha" hint="Your own short name for this site, shown everywhere in Worklog Desk." autoComplete="off" maxLength={60} />
        <TextField
          label="Jira site URL"
          ref={urlRef}
          value={draft.url}
          onChange={(v) => update('url', v)}
          error={errors.url}
          placeholder="https://your-team.atlassian.net"
          hint="The address you open Jira at. A path prefix is fine, e.g. https://example.com/jira."
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
        />
        {needsCustomHost(draft.url) && <CustomHostField checked={draft.customHost} onChange={(v) => (update('customHost', v), setErrors((e) => ({ ...e, url: undefined })))} />}
        <TextField label="Account email" ref={emailRef} value={draft.email} onChange={(v) => update('email', v)} error={errors.email} placeholder="you@company.com" type="email" autoComplete="email" spellCheck={false} />
        <TextField label="API token" ref={jiraTokenRef} value={draft.jiraToken} onChange={(v) => update('jiraToken', v)} error={errors.jiraToken} secret hint={<ApiTokenHelp />} />
      </div>

      <TempoFields
        enabled={draft.useTempo}
        onEnabledChange={(on) => update('useTempo', on)}
        token={draft.tempoToken}
        onTokenChange={(v) => update('tempoToken', v)}
        baseUrl={draft.tempoBaseUrl}
        onBaseUrlChange={(v) => update('tempoBaseUrl', v)}
        errors={{ token: errors.tempoToken, baseUrl: errors.tempoBaseUrl }}
        tokenRef={tempoTokenRef}
        baseUrlRef={tempoBaseUrlRef}
      />

      {error && (
        <InlineAlert tone="error" title={error.from === 'add' ? 'The instance was not added' : 'The test could not run'}>
          {error.message}
        </InlineAlert>
      )}
      {report && <CredentialReportView report={report} />}

      <div className="form-actions u-row">
        {onCancel && (
          <Button variant="ghost" onClick={onCancel} disabled={pending !== null}>
            Cancel
          </Button>
        )}
        <span className="form-actions__spacer" />
        <Button icon={<PulseIcon />} onClick={() => void test()} pending={pending === 'test'} disabled={pending === 'add'}>
          Test
        </Button>
        <Button type="submit" variant="primary" icon={<PlusIcon />} pending={pending === 'add'} disabled={pending === 'test'}>
          {pending === 'add' ? 'Checking with Jira…' : 'Add instance'}
        </Button>
      </div>
    </form>
  );
}
