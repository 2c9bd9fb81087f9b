import type { Dispatch, FormEvent, KeyboardEvent, ReactNode } from 'react';
import { useId } from 'react';
import { Button } from '../../components/button';
import type { Step, WizardAction } from './package-wizard-state';

function submitOnEnter(e: KeyboardEvent<HTMLFormElement>): void {
  const t = e.target as HTMLElement;
  if (e.key === 'Enter' && t instanceof HTMLInputElement && (t.type === 'radio' || t.type === 'checkbox')) {
    e.preventDefault();
    e.currentTarget.requestSubmit();
  }
}

/** One wizard step: a titled form whose Enter (also on radios and checkboxes) continues. */
export function StepForm({ title, description, onSubmit, children, actions, headingRef }: { title: string; description?: ReactNode; onSubmit(): void; children: ReactNode; actions: ReactNode; headingRef?: React.Ref<HTMLHeadingElement> }) {
  const id = useId();
  return (
    <form
      className="wizard-step card"
      aria-labelledby={id}
      noValidate
      onKeyDown={submitOnEnter}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <header className="wizard-step__head">
        <h2 id={id} className="wizard-step__title" tabIndex={-1} ref={headingRef}>
          {title}
        </h2>
        {description && <p className="wizard-step__description">{description}</p>}
      </header>
      <div className="wizard-step__body">{children}</div>
      <footer className="wizard-step__actions u-row">{actions}</footer>
    </form>
  );
}

/** A step's way back to the one before. */
export function StepBack({ to, dispatch }: { to: Step; dispatch: Dispatch<WizardAction> }) {
  return <Button onClick={() => dispatch({ type: 'goto', step: to })}>Back</Button>;
}
