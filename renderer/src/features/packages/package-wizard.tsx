import { useEffect, useReducer, useRef } from 'react';
import type { InstanceView } from '../../../../shared/domain/instance';
import type { TemplateView } from '../../../../shared/domain/packages';
import { STEPS, initialWizardState, wizardReducer } from './package-wizard-state';
import { usePackagesStore } from './packages-store';
import { WizardCreateStep } from './wizard-create-step';
import { WizardNav } from './wizard-nav';
import { WizardPreviewStep } from './wizard-preview-step';
import { WizardSummaryStep } from './wizard-summary-step';
import { WizardTargetsStep } from './wizard-targets-step';
import { WizardTemplateStep } from './wizard-template-step';

/**
 * New package: template → summary → targets → preview and check → create → result. The state and
 * its rules live in `wizardReducer`; each step is its own component reading it and sending actions.
 */
export function PackageWizard({ templates, instances }: { templates: TemplateView[]; instances: InstanceView[] }) {
  const [state, dispatch] = useReducer(wizardReducer, null, () => initialWizardState(templates[0]?.id ?? '', instances[0]?.id ?? ''));
  const { step } = state;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const checkRef = useRef<HTMLButtonElement>(null);
  const firstStep = useRef(true);
  const template = templates.find((t) => t.id === state.templateId) ?? null;

  // A new wizard asks Jira for the projects again: some may have been added since the last one.
  useEffect(() => usePackagesStore.getState().forgetProjects(), []);

  // A template deleted meanwhile: fall back to the first one.
  useEffect(() => {
    if (!template && templates[0] && step !== 'create') dispatch({ type: 'chooseTemplate', templateId: templates[0].id });
  }, [template, templates, step]);

  // Each step starts with its heading focused, so screen readers announce it and Tab goes on from there.
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    if (step === 'preview') checkRef.current?.focus();
    else if (step !== 'summary' && step !== 'targets') headingRef.current?.focus();
  }, [step]);

  const props = template ? { state, dispatch, template, instances } : null;
  return (
    <div className="wizard">
      <WizardNav stepIndex={STEPS.findIndex((s) => s.id === step)} created={state.result !== null} locked={step === 'create'} onStep={(to) => dispatch({ type: 'goto', step: to })} />
      {step === 'template' && <WizardTemplateStep templates={templates} templateId={state.templateId} dispatch={dispatch} headingRef={headingRef} />}
      {step === 'summary' && props && <WizardSummaryStep {...props} />}
      {step === 'targets' && props && <WizardTargetsStep {...props} />}
      {step === 'preview' && props && <WizardPreviewStep {...props} checkRef={checkRef} />}
      {step === 'create' && <WizardCreateStep summary={state.summary} result={state.result} headingRef={headingRef} onResult={(view) => dispatch({ type: 'resultChanged', view })} onStartOver={() => dispatch({ type: 'startOver' })} />}
    </div>
  );
}
