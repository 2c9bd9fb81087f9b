import type { RefObject } from 'react';
import { useRef } from 'react';
import type { Errors } from './instance-validation';

/** The instance form's fields, in the order both the add and the edit form show them. */
export const INSTANCE_FIELDS = ['name', 'url', 'email', 'jiraToken', 'tempoToken', 'tempoBaseUrl'] as const;
export type InstanceField = (typeof INSTANCE_FIELDS)[number];

type InputRef = RefObject<HTMLInputElement | null>;

export interface InstanceFieldRefs {
  nameRef: InputRef;
  urlRef: InputRef;
  emailRef: InputRef;
  jiraTokenRef: InputRef;
  tempoTokenRef: InputRef;
  tempoBaseUrlRef: InputRef;
  /** After a failed check the cursor goes to the first field with a problem, where the fix is needed. */
  focusFirstError(found: Errors<InstanceField>): void;
}

/** One input ref per instance field (named …Ref so React's lint knows them as refs) and the focus helper. */
export function useInstanceFieldRefs(): InstanceFieldRefs {
  const nameRef = useRef<HTMLInputElement>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const jiraTokenRef = useRef<HTMLInputElement>(null);
  const tempoTokenRef = useRef<HTMLInputElement>(null);
  const tempoBaseUrlRef = useRef<HTMLInputElement>(null);
  // Read only from event handlers (after a check), never during render.
  const focusFirstError = (found: Errors<InstanceField>): void => {
    const byField: Record<InstanceField, InputRef> = { name: nameRef, url: urlRef, email: emailRef, jiraToken: jiraTokenRef, tempoToken: tempoTokenRef, tempoBaseUrl: tempoBaseUrlRef };
    const field = INSTANCE_FIELDS.find((f) => found[f]);
    if (field) byField[field].current?.focus();
  };
  return { nameRef, urlRef, emailRef, jiraTokenRef, tempoTokenRef, tempoBaseUrlRef, focusFirstError };
}
