import type { Dispatch, Ref } from 'react';
import type { TemplateView } from '../../../../shared/domain/packages';
import { Button } from '../../components/button';
import { plural } from './package-format';
import type { WizardAction } from './package-wizard-state';
import { StepForm } from './wizard-step-form';

/** Step 1: which template the package is made from. */
export function WizardTemplateStep({ templates, templateId, dispatch, headingRef }: { templates: readonly TemplateView[]; templateId: string; dispatch: Dispatch<WizardAction>; headingRef: Ref<HTMLHeadingElement> }) {
  const chosen = templates.some((t) => t.id === templateId);
  return (
    <StepForm
      title="Choose a template"
      description="The parent issue and the child issues to create on every target."
      onSubmit={() => chosen && dispatch({ type: 'goto', step: 'summary' })}
      headingRef={headingRef}
      actions={
        <Button type="submit" variant="primary" disabled={!chosen}>
          Continue
        </Button>
      }
    >
      <div className="tpl-choices" role="radiogroup" aria-label="Template">
        {templates.map((t) => (
          <label key={t.id} className={['tpl-choice', t.id === templateId ? 'is-selected' : ''].filter(Boolean).join(' ')}>
            <input type="radio" name="package-template" value={t.id} checked={t.id === templateId} onChange={() => dispatch({ type: 'chooseTemplate', templateId: t.id })} />
            <span className="tpl-choice__text">
              <span className="tpl-choice__name">{t.name}</span>
              <span className="tpl-choice__meta u-muted">
                {t.parentIssueType} → {t.childIssueType} · {plural(t.elements.length, 'element')}: {t.elements.map((e) => e.name).join(', ')}
              </span>
            </span>
          </label>
        ))}
      </div>
    </StepForm>
  );
}
