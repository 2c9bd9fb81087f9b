import type { ReactNode } from 'react';
import { CheckIcon } from './icons';

export interface Step {
  /** Stable id, also the item's data-step (tests and styles find a step by it). */
  id: string;
  title: string;
  text: ReactNode;
  done: boolean;
  /** Says "(optional)" after the title. */
  optional?: boolean;
  /** The button that does the step. */
  action?: ReactNode;
}

export type StepState = 'done' | 'current' | 'todo';

/**
 * A numbered list of steps (the Worklogs first-run checklist, the Leaves next steps): a badge with
 * the step's number, or a tick once done; the first step not done is the current one, tinted and
 * marked aria-current="step". `actions` says whose buttons show: only the current step's, or every
 * step not done yet. Each item carries data-step, data-state and data-done.
 */
export function StepList({ steps, actions, className }: { steps: readonly Step[]; actions: 'current' | 'open'; className?: string }) {
  const current = steps.findIndex((s) => !s.done);
  return (
    <ol className={['step-list', className].filter(Boolean).join(' ')}>
      {steps.map((s, i) => {
        const state: StepState = s.done ? 'done' : i === current ? 'current' : 'todo';
        const showAction = actions === 'current' ? state === 'current' : !s.done;
        return (
          <li key={s.id} className={`step-list__item step-list__item--${state}`} data-step={s.id} data-state={state} data-done={s.done} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="step-list__mark" aria-hidden="true">
              {s.done ? <CheckIcon size={14} /> : i + 1}
            </span>
            <span className="step-list__words">
              <span className="step-list__title">
                {s.done && <span className="visually-hidden">Done: </span>}
                {s.title}
                {s.optional && <span className="step-list__optional u-muted"> (optional)</span>}
              </span>
              <span className="step-list__text u-muted">{s.text}</span>
            </span>
            {showAction && s.action}
          </li>
        );
      })}
    </ol>
  );
}
