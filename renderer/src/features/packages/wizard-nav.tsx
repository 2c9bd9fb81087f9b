import { CheckIcon } from '../../components/icons';
import type { Step } from './package-wizard-state';
import { STEPS } from './package-wizard-state';

/** The wizard's steps: done ones can be revisited, later ones not yet; nothing while creating. */
export function WizardNav({ stepIndex, created, locked, onStep }: { stepIndex: number; created: boolean; locked: boolean; onStep(step: Step): void }) {
  return (
    <nav className="wizard__steps" aria-label="Package steps">
      <ol>
        {STEPS.map((s, i) => {
          const state = i < stepIndex || (created && s.id === 'create') ? 'done' : i === stepIndex ? 'current' : 'todo';
          return (
            <li key={s.id} className={`wizard-nav wizard-nav--${state}`}>
              <button type="button" className="wizard-nav__button" disabled={state === 'todo' || locked || state === 'current'} aria-current={state === 'current' ? 'step' : undefined} onClick={() => onStep(s.id)}>
                <span className="wizard-nav__dot" aria-hidden="true">
                  {state === 'done' ? <CheckIcon size={12} /> : i + 1}
                </span>
                <span className="wizard-nav__label">{s.label}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
