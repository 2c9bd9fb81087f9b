import { MAX_SUMMARY } from '../../../../shared/domain/packages';
import { Button } from '../../components/button';
import { TextField } from '../../components/text-field';
import type { WizardStepProps } from './package-wizard-state';
import { StepBack, StepForm } from './wizard-step-form';

/** Step 2: the package's summary, which every parent issue gets. */
export function WizardSummaryStep({ state, dispatch, template }: Omit<WizardStepProps, 'instances'>) {
  return (
    <StepForm
      title="Summary"
      description={`Becomes the summary of every parent ${template.parentIssueType}.`}
      onSubmit={() => dispatch({ type: 'submitSummary' })}
      actions={
        <>
          <StepBack to="template" dispatch={dispatch} />
          <Button type="submit" variant="primary">
            Continue
          </Button>
        </>
      }
    >
      <TextField
        label="Package summary"
        value={state.summary}
        onChange={(summary) => dispatch({ type: 'setSummary', summary })}
        error={state.summaryError}
        autoFocus
        maxLength={MAX_SUMMARY}
        placeholder="e.g. Onboarding — Zoë Ångström"
        hint="Press Enter to continue."
      />
    </StepForm>
  );
}
