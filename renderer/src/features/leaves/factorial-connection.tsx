import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { CheckIcon, PalmIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { TextField } from '../../components/text-field';
import { siteLabel } from '../../format';
import { testFactorial } from './leaves-api';
import { useLeavesStore } from './leaves-store';
import { useToastStore } from '../../stores/toast-store';

export const DEFAULT_FACTORIAL_URL = 'https://api.factorialhr.com';
const errorText = (e: unknown): string => (e instanceof Error ? e.message : 'That did not work. Try again.');

/** First-run card: API key + address, verified with Factorial before anything is saved. */
export function FactorialSetupCard() {
  const saveConfig = useLeavesStore((s) => s.saveConfig);
  const [apiKey, setApiKey] = useState('');
  const [baseUrl, setBaseUrl] = useState(DEFAULT_FACTORIAL_URL);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [keyError, setKeyError] = useState<string | undefined>();

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!apiKey.trim()) {
      setKeyError('Paste the API key from Factorial (Settings → API keys).');
      return;
    }
    setKeyError(undefined);
    setPending(true);
    setError(null);
    try {
      const employees = await saveConfig({ apiKey: apiKey.trim(), baseUrl: baseUrl.trim() || DEFAULT_FACTORIAL_URL });
      useToastStore.getState().show(employees === null ? 'Connected to Factorial.' : `Connected to Factorial · ${employees} employees.`);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="card lv-setup" onSubmit={(e) => void submit(e)} aria-labelledby="lv-setup-title" noValidate>
      <div className="lv-setup__icon">
        <PalmIcon size={20} />
      </div>
      <h2 id="lv-setup-title" className="lv-setup__title">
        Connect Factorial
      </h2>
      <p className="lv-setup__text u-muted">
        Leaves come from Factorial HR, so a day without worklogs reads as “on leave” rather than “forgot to log”. The key is checked with Factorial first and then kept in the system
        keychain.
      </p>
      {error && (
        <InlineAlert tone="error" title="Not connected — nothing was saved">
          {error}
        </InlineAlert>
      )}
      <TextField label="Factorial API key" value={apiKey} onChange={setApiKey} secret error={keyError} hint="Factorial → Settings → API keys. Read access to employees and time off is enough." />
      <TextField label="Base URL" value={baseUrl} onChange={setBaseUrl} type="url" hint="Leave as is unless your company uses a different Factorial address." />
      <div className="form-actions u-row">
        <Button type="submit" variant="primary" pending={pending}>
          Connect
        </Button>
      </div>
    </form>
  );
}

/** Connected: one compact line with the address and the key's state, never the key itself. */
export function FactorialConnectedBar() {
  const config = useLeavesStore((s) => s.config);
  const saveConfig = useLeavesStore((s) => s.saveConfig);
  const removeKey = useLeavesStore((s) => s.removeKey);
  const [replacing, setReplacing] = useState(false);
  const [newKey, setNewKey] = useState('');
  const [pending, setPending] = useState<'test' | 'replace' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [testResult, setTestResult] = useState<string | null>(null);
  const [confirmDisconnect, setConfirmDisconnect] = useState(false);
  if (!config) return null;

  const test = async (): Promise<void> => {
    setPending('test');
    setError(null);
    setTestResult(null);
    try {
      const r = await testFactorial();
      setTestResult(r.employees === null ? 'Factorial answered.' : `Factorial answered · ${r.employees} employees.`);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setPending(null);
    }
  };

  const replace = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!newKey.trim()) {
      setError('Paste the new API key first.');
      return;
    }
    setPending('replace');
    setError(null);
    try {
      await saveConfig({ apiKey: newKey.trim() });
      setReplacing(false);
      setNewKey('');
      useToastStore.getState().show('Factorial key replaced.');
    } catch (err) {
      setError(errorText(err));
    } finally {
      setPending(null);
    }
  };

  return (
    <section className="card lv-conn" aria-label="Factorial connection">
      <div className="lv-conn__row">
        <span className="lv-conn__state u-muted" data-testid="factorial-status">
          <span className="status-dot status-dot--ok" aria-hidden="true" />
          Connected · {siteLabel(config.baseUrl)} · <CheckIcon size={12} /> key saved
        </span>
        {testResult && <span className="lv-conn__test">{testResult}</span>}
        <span className="lv-conn__spacer" />
        <Button size="sm" variant="ghost" onClick={() => setReplacing((r) => !r)} aria-expanded={replacing}>
          Replace key
        </Button>
        <Button size="sm" variant="ghost" pending={pending === 'test'} onClick={() => void test()}>
          Test
        </Button>
        <Button size="sm" variant="ghost" className="btn--danger-text" onClick={() => setConfirmDisconnect(true)}>
          Disconnect
        </Button>
      </div>
      {replacing && (
        <form className="lv-conn__replace" onSubmit={(e) => void replace(e)}>
          <TextField label="New Factorial API key" value={newKey} onChange={setNewKey} secret autoFocus />
          <Button type="submit" size="sm" variant="primary" pending={pending === 'replace'}>
            Save key
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setReplacing(false)}>
            Keep the saved key
          </Button>
        </form>
      )}
      {error && <InlineAlert tone="error">{error}</InlineAlert>}
      {confirmDisconnect && (
        <ConfirmDialog
          title="Disconnect Factorial?"
          description="The API key is removed from the keychain. Leaves already synced stay, and you can connect again at any time."
          confirmLabel="Disconnect"
          onConfirm={removeKey}
          onClose={() => setConfirmDisconnect(false)}
        />
      )}
    </section>
  );
}
