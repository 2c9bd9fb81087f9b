import type { Ref } from 'react';
import { errorMessage } from '../../api-error';
import { Button } from '../../components/button';
import { AlertIcon, PackageIcon, PulseIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { plural } from './package-format';
import type { WizardStepProps } from './package-wizard-state';
import { chosenElements, createInput, instanceName, isChecked, normalKey } from './package-wizard-state';
import { packagesApi } from './packages-api';
import { usePackagesStore } from './packages-store';
import { WizardPreviewTarget } from './wizard-preview-target';
import { StepBack, StepForm } from './wizard-step-form';

/** Step 4: what will be created, the check that asks every site first, then Create. */
export function WizardPreviewStep({ state, dispatch, template, instances, checkRef }: WizardStepProps & { checkRef: Ref<HTMLButtonElement> }) {
  const create = usePackagesStore((s) => s.create);
  const run = usePackagesStore((s) => s.run);
  const { targets, check, createError } = state;
  const input = createInput(state, template);
  const inputKey = JSON.stringify(input);
  const checked = isChecked(check, inputKey);
  const current = check.status !== 'idle' && check.input === inputKey ? check : null;
  const summary = state.summary.trim();

  const runCheck = async (): Promise<void> => {
    dispatch({ type: 'checkStarted', input: inputKey });
    try {
      dispatch({ type: 'checkDone', input: inputKey, problems: await packagesApi.check(input) });
    } catch (e) {
      dispatch({ type: 'checkFailed', input: inputKey, message: errorMessage(e) });
    }
  };

  const doCreate = async (): Promise<void> => {
    if (!checked || run) return;
    dispatch({ type: 'createStarted' });
    try {
      const view = await create(
        input,
        targets.map((t) => ({ instanceName: instanceName(instances, t.instanceId), projectKey: normalKey(t.projectKey) })),
      );
      dispatch({ type: 'createDone', view });
    } catch (e) {
      dispatch({ type: 'createFailed', message: errorMessage(e) });
    }
  };

  return (
    <StepForm
      title="Preview & check"
      description={`Exactly what will be created: ${plural(targets.reduce((n, t) => n + 1 + chosenElements(template, t).length, 0), 'issue')} on ${plural(targets.length, 'target')}. Check asks every site before anything is created.`}
      onSubmit={() => void (checked ? doCreate() : runCheck())}
      actions={
        <>
          <StepBack to="targets" dispatch={dispatch} />
          <Button ref={checkRef} type={checked ? 'button' : 'submit'} variant={checked ? 'secondary' : 'primary'} icon={<PulseIcon />} pending={check.status === 'checking'} onClick={checked ? () => void runCheck() : undefined}>
            {check.status === 'checking' ? 'Checking…' : checked ? 'Check again' : 'Check'}
          </Button>
          <Button type={checked ? 'submit' : 'button'} variant="primary" icon={<PackageIcon />} disabled={!checked} title={checked ? undefined : 'Run the check first'}>
            Create package
          </Button>
        </>
      }
    >
      {createError && (
        <InlineAlert tone="error" title="The package was not created">
          {createError}
        </InlineAlert>
      )}
      {current?.status === 'error' && (
        <InlineAlert tone="error" title="The check did not run">
          {current.message}
        </InlineAlert>
      )}
      {current?.status === 'done' && current.problems.length > 0 && (
        <div className="check-problems" role="alert">
          <p className="check-problems__title u-row">
            <AlertIcon /> {`${plural(current.problems.length, 'problem')} found — nothing was created. Fix ${current.problems.length === 1 ? 'it' : 'them all'}, then check again.`}
          </p>
          <ul aria-label="Problems">
            {current.problems.map((p, i) => (
              <li key={i}>
                <strong>{p.label}</strong> {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {checked && (
        <InlineAlert tone="success" title="Ready to create">
          {`Every target passed: credentials, projects and issue types are fine. Press Create package${targets.length > 1 ? ` to create it on all ${targets.length} targets` : ''}.`}
        </InlineAlert>
      )}
      <ul className="preview" aria-label="Preview">
        {targets.map((t, i) => (
          <WizardPreviewTarget key={t.key} index={i} instanceName={instanceName(instances, t.instanceId)} projectKey={normalKey(t.projectKey)} summary={summary} template={template} elements={chosenElements(template, t)} />
        ))}
      </ul>
    </StepForm>
  );
}
