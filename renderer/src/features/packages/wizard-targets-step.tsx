import { Button } from '../../components/button';
import { PlusIcon } from '../../components/icons';
import type { WizardStepProps } from './package-wizard-state';
import { MAX_TARGETS, targetProblems } from './package-wizard-state';
import { StepBack, StepForm } from './wizard-step-form';
import { WizardTargetCard } from './wizard-target-card';

/** Step 3: where the package goes — one instance and project per target, every element by default. */
export function WizardTargetsStep({ state, dispatch, template, instances }: WizardStepProps) {
  const { targets } = state;

  const submit = (): void => {
    const errors = targetProblems(targets, template, instances.map((i) => i.id));
    dispatch({ type: 'targetsValidated', errors });
    const firstBad = targets.find((t) => errors[t.key]);
    if (firstBad) document.getElementById(`target-${firstBad.key}-project`)?.focus();
  };

  const add = (): void => {
    // A new target starts on an instance no target uses yet, if there is one.
    const used = new Set(targets.map((t) => t.instanceId));
    const key = state.nextKey;
    dispatch({ type: 'addTarget', instanceId: instances.find((x) => !used.has(x.id))?.id ?? instances[0]?.id ?? '' });
    requestAnimationFrame(() => document.getElementById(`target-${key}-instance`)?.focus());
  };

  return (
    <StepForm
      title="Targets"
      description="Where to create the package: one Jira instance and project each. Every element is chosen by default."
      onSubmit={submit}
      actions={
        <>
          <StepBack to="summary" dispatch={dispatch} />
          <Button type="submit" variant="primary">
            Continue to preview
          </Button>
        </>
      }
    >
      <ol className="targets">
        {targets.map((t, i) => (
          <WizardTargetCard key={t.key} target={t} index={i} errors={state.targetErrors[t.key] ?? {}} removable={targets.length > 1} template={template} instances={instances} dispatch={dispatch} />
        ))}
      </ol>
      <Button size="sm" icon={<PlusIcon />} disabled={targets.length >= MAX_TARGETS} onClick={add}>
        Add target
      </Button>
    </StepForm>
  );
}
