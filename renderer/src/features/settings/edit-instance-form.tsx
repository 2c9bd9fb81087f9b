import { useState } from 'react';
import type { InstanceField } from './use-instance-field-refs';
import { useInstanceFieldRefs } from './use-instance-field-refs';
import type { ChannelInput } from '../../../../shared/contract';
import type { InstanceView } from '../../../../shared/domain/instance';
import { DEFAULT_TEMPO_BASE_URL } from '../../../../shared/domain/instance';
import { errorMessage } from '../../api-error';
import { Button } from '../../components/button';
import { InlineAlert } from '../../components/inline-alert';
import { TextField } from '../../components/text-field';
import { useInstancesStore } from '../../stores/instances-store';
import { useToastStore } from '../../stores/toast-store';
import type { Errors } from './instance-validation';
import { CUSTOM_HOST_MISSING, checkEmail, checkName, checkSiteUrl, checkTempoUrl, checkToken, hasErrors, needsCustomHost, originChanged, withScheme } from './instance-validation';
import { CustomHostField } from './custom-host-field';
import { SavedSecretField } from './saved-secret-field';
import { updateSite } from './settings-api';
import { TEMPO_TOKEN_HINT, TempoFields } from './tempo-fields';
import { ApiTokenHelp } from './token-help';

type TempoMode = 'keep' | 'remove' | 'off' | 'add';
type Field = InstanceField;

/**
 * Editing sends only what changed. Tokens: the saved ones are never shown; "Replace" sends a new
 * one, "Remove Tempo" sends tempoToken:null. Main re-verifies with Jira whenever credentials change.
 */
export function EditInstanceForm({ instance, onDone }: { instance: InstanceView; onDone(): void }) {
  const [name, setName] = useState(instance.name);
  const [url, setUrl] = useState(instance.url);
  const [customHost, setCustomHost] = useState(false);
  const [email, setEmail] = useState(instance.email);
  const [jiraToken, setJiraToken] = useState<string | null>(instance.jiraTokenSaved ? null : '');
  const [tempoMode, setTempoMode] = useState<TempoMode>(instance.tempo.tokenSaved ? 'keep' : 'off');
  const [tempoToken, setTempoToken] = useState<string | null>(instance.tempo.tokenSaved ? null : '');
  const [tempoBaseUrl, setTempoBaseUrl] = useState(instance.tempo.baseUrl || DEFAULT_TEMPO_BASE_URL);
  const [errors, setErrors] = useState<Errors<Field>>({});
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const showToast = useToastStore((s) => s.show);
  const { nameRef, urlRef, emailRef, jiraTokenRef, tempoTokenRef, tempoBaseUrlRef, focusFirstError } = useInstanceFieldRefs();
  const tempoOn = tempoMode === 'keep' || tempoMode === 'add';
  // A new origin is a new host to trust: it needs the token again (and, outside Atlassian Cloud, a confirmation).
  const jiraMoves = url.trim() !== instance.url && originChanged(instance.url, url);
  const askCustomHost = jiraMoves && needsCustomHost(url);
  // Main re-verifies with Jira only when something it signs in with changes; say which wait it is.
  const credentialsChanging =
    url.trim() !== instance.url ||
    email.trim() !== instance.email ||
    jiraToken !== null ||
    tempoMode === 'remove' ||
    (tempoOn && tempoToken !== null) ||
    (tempoOn && tempoBaseUrl.trim() !== instance.tempo.baseUrl);

  const buildInput = (): ChannelInput<'instances.update'> => {
    const input: ChannelInput<'instances.update'> = { id: instance.id };
    if (name.trim() !== instance.name) input.name = name.trim();
    if (url.trim() !== instance.url) input.url = withScheme(url);
    if (askCustomHost && customHost) input.customHost = true;
    if (email.trim() !== instance.email) input.email = email.trim();
    if (jiraToken !== null) input.jiraToken = jiraToken.trim();
    if (tempoMode === 'remove') input.tempoToken = null;
    else if (tempoOn && tempoToken !== null) input.tempoToken = tempoToken.trim();
    if (tempoOn && tempoBaseUrl.trim() !== instance.tempo.baseUrl) input.tempoBaseUrl = tempoBaseUrl.trim() || DEFAULT_TEMPO_BASE_URL;
    return input;
  };

  const save = async (): Promise<void> => {
    const found: Errors<Field> = {
      name: checkName(name),
      url:
        checkSiteUrl(url) ??
        (askCustomHost && !customHost
          ? CUSTOM_HOST_MISSING
          : jiraMoves && jiraToken === null
            ? 'This is another address: replace the API token below too — a saved token is never sent to a new address.'
            : undefined),
      email: checkEmail(email),
      jiraToken: jiraToken === null ? undefined : checkToken(jiraToken, 'Jira API token'),
      tempoToken: tempoOn && tempoToken !== null ? checkToken(tempoToken, 'Tempo token') : undefined,
      tempoBaseUrl: tempoOn
        ? (checkTempoUrl(tempoBaseUrl) ??
          (tempoMode === 'keep' && tempoToken === null && originChanged(instance.tempo.baseUrl, tempoBaseUrl)
            ? 'This is another Tempo address: replace the Tempo API token too — a saved token is never sent to a new address.'
            : undefined))
        : undefined,
    };
    setErrors(found);
    if (hasErrors(found)) {
      focusFirstError(found);
      return;
    }
    const input = buildInput();
    if (Object.keys(input).length === 1) {
      onDone();
      return;
    }
    setPending(true);
    setError(null);
    try {
      const saved = await updateSite(input);
      showToast(`Saved “${saved.name}”.`);
      await useInstancesStore.getState().load();
      onDone();
    } catch (e) {
      setError(errorMessage(e));
      setPending(false);
    }
  };

  const clear = (field: Field): void => setErrors((e) => ({ ...e, [field]: undefined }));

  return (
    <form
      className="instance-form instance-form--edit"
      aria-label={`Edit ${instance.name}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!pending) void save();
      }}
      onKeyDown={(e) => {
        // Esc leaves the form without saving (dialogs handle their own Esc).
        if (e.key === 'Escape' && !pending) {
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <div className="form-grid">
        <TextField label="Name" ref={nameRef} autoFocus value={name} onChange={(v) => (setName(v), clear('name'))} error={errors.name} maxLength={60} autoComplete="off" />
        <TextField label="Jira site URL" ref={urlRef} value={url} onChange={(v) => (setUrl(v), clear('url'))} error={errors.url} inputMode="url" spellCheck={false} hint="A path prefix is fine, e.g. https://example.com/jira." />
        {askCustomHost && <CustomHostField checked={customHost} onChange={(v) => (setCustomHost(v), clear('url'))} />}
        <TextField label="Account email" ref={emailRef} value={email} onChange={(v) => (setEmail(v), clear('email'))} error={errors.email} type="email" spellCheck={false} />
        <SavedSecretField
          label="API token"
          replacement={jiraToken}
          onReplacementChange={(v) => (setJiraToken(instance.jiraTokenSaved ? v : (v ?? '')), clear('jiraToken'))}
          error={errors.jiraToken}
          hint={<ApiTokenHelp />}
          inputRef={jiraTokenRef}
        />
      </div>

      {tempoMode === 'remove' ? (
        <div className="tempo-removed" role="status">
          <span>Tempo will be turned off and its token deleted from the keychain when you save.</span>
          <Button size="sm" variant="ghost" onClick={() => setTempoMode('keep')}>
            Undo
          </Button>
        </div>
      ) : (
        <TempoFields
          enabled={tempoOn}
          hideToggle={instance.tempo.tokenSaved}
          onEnabledChange={(on) => setTempoMode(on ? 'add' : 'off')}
          baseUrl={tempoBaseUrl}
          onBaseUrlChange={(v) => (setTempoBaseUrl(v), clear('tempoBaseUrl'))}
          errors={{ token: errors.tempoToken, baseUrl: errors.tempoBaseUrl }}
          baseUrlRef={tempoBaseUrlRef}
          token={tempoToken ?? ''}
          onTokenChange={(v) => (setTempoToken(v), clear('tempoToken'))}
          tokenRef={tempoTokenRef}
          tokenSlot={
            instance.tempo.tokenSaved ? (
              <SavedSecretField
                label="Tempo API token"
                replacement={tempoToken}
                onReplacementChange={(v) => (setTempoToken(v), clear('tempoToken'))}
                error={errors.tempoToken}
                hint={TEMPO_TOKEN_HINT}
                inputRef={tempoTokenRef}
                extra={
                  <Button size="sm" variant="ghost" className="btn--danger-text" onClick={() => (setTempoMode('remove'), setTempoToken(null))}>
                    Remove Tempo
                  </Button>
                }
              />
            ) : undefined
          }
        />
      )}

      {error && (
        <InlineAlert tone="error" title="Not saved">
          {error}
        </InlineAlert>
      )}

      <div className="form-actions u-row">
        <span className="form-actions__spacer" />
        <Button variant="ghost" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" pending={pending}>
          {pending ? (credentialsChanging ? 'Checking with Jira…' : 'Saving…') : 'Save changes'}
        </Button>
      </div>
    </form>
  );
}
