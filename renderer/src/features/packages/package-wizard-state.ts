import type { Dispatch } from 'react';
import type { CredentialReport, InstanceView } from '../../../../shared/domain/instance.js';
import type { PackageCreateInput, PackageView, PreflightProblem, TemplateView } from '../../../../shared/domain/packages.js';
import { MAX_SUMMARY } from '../../../../shared/domain/packages.js';

/**
 * The new-package wizard's state as one pure reducer: every step's component reads it and sends
 * actions, so the steps stay small and the rules (validation, what a change clears) are tested alone.
 */

export type Step = 'template' | 'summary' | 'targets' | 'preview' | 'create';
export const STEPS: ReadonlyArray<{ id: Step; label: string }> = [
  { id: 'template', label: 'Template' },
  { id: 'summary', label: 'Summary' },
  { id: 'targets', label: 'Targets' },
  { id: 'preview', label: 'Preview & check' },
  { id: 'create', label: 'Create' },
];

/** Jira's create is per target; the wizard stops at this many (the contract's own limit). */
export const MAX_TARGETS = 20;

export interface TargetTest {
  pending: boolean;
  report: CredentialReport | null;
  error: string | null;
}

export interface TargetDraft {
  /** Stable React key and field id part: targets are added and removed. */
  key: number;
  instanceId: string;
  projectKey: string;
  /** Element indexes left out; none = all of them. */
  excluded: number[];
  test: TargetTest;
}

export interface TargetErrors {
  instance?: string;
  project?: string;
  elements?: string;
}

export type CheckState =
  | { status: 'idle' }
  | { status: 'checking'; input: string }
  | { status: 'done'; input: string; problems: PreflightProblem[] }
  | { status: 'error'; input: string; message: string };

export interface WizardState {
  step: Step;
  templateId: string;
  summary: string;
  summaryError: string | undefined;
  targets: TargetDraft[];
  targetErrors: Record<number, TargetErrors>;
  check: CheckState;
  createError: string | null;
  result: PackageView | null;
  /** The key the next added target gets. */
  nextKey: number;
}

export type WizardAction =
  | { type: 'goto'; step: Step }
  | { type: 'chooseTemplate'; templateId: string }
  | { type: 'setSummary'; summary: string }
  | { type: 'submitSummary' }
  | { type: 'patchTarget'; key: number; patch: Partial<Pick<TargetDraft, 'instanceId' | 'projectKey' | 'excluded'>> }
  | { type: 'addTarget'; instanceId: string }
  | { type: 'removeTarget'; key: number }
  | { type: 'targetsValidated'; errors: Record<number, TargetErrors> }
  | { type: 'testStarted'; key: number }
  | { type: 'testDone'; key: number; report: CredentialReport }
  | { type: 'testFailed'; key: number; error: string }
  | { type: 'checkStarted'; input: string }
  | { type: 'checkDone'; input: string; problems: PreflightProblem[] }
  | { type: 'checkFailed'; input: string; message: string }
  | { type: 'createStarted' }
  | { type: 'createDone'; view: PackageView }
  | { type: 'createFailed'; message: string }
  | { type: 'resultChanged'; view: PackageView }
  | { type: 'startOver' };

const NO_TEST: TargetTest = { pending: false, report: null, error: null };

const target = (key: number, instanceId: string): TargetDraft => ({ key, instanceId, projectKey: '', excluded: [], test: NO_TEST });

export function initialWizardState(templateId: string, instanceId: string): WizardState {
  return {
    step: 'template',
    templateId,
    summary: '',
    summaryError: undefined,
    targets: [target(1, instanceId)],
    targetErrors: {},
    check: { status: 'idle' },
    createError: null,
    result: null,
    nextKey: 2,
  };
}

/** The summary step's rule: something, within Jira's limit. */
export function summaryProblem(summary: string): string | undefined {
  const s = summary.trim();
  if (!s) return 'Give the package a summary: it becomes the summary of every parent issue.';
  if (s.length > MAX_SUMMARY) return `The summary can be at most ${MAX_SUMMARY} characters (Jira's limit).`;
  return undefined;
}

/** What a project key is compared and sent as. */
export const normalKey = (projectKey: string): string => projectKey.trim().toUpperCase();

/** The element indexes a target creates, in the template's order. */
export function chosenElements(template: TemplateView | null, t: TargetDraft): number[] {
  return template ? template.elements.map((_, i) => i).filter((i) => !t.excluded.includes(i)) : [];
}

/** A target's instance by name; one removed since it was chosen says so. */
export const instanceName = (instances: readonly InstanceView[], id: string): string => instances.find((i) => i.id === id)?.name ?? 'Removed instance';

/**
 * Every target's problems at once, keyed by target key (empty: all fine). A project chosen twice on
 * one instance is flagged on every later target that repeats it, each naming the FIRST target that
 * has it: that one is fine and stays, so the message points at what to keep, not at another duplicate.
 */
export function targetProblems(targets: TargetDraft[], template: TemplateView | null, instanceIds: string[]): Record<number, TargetErrors> {
  const errs: Record<number, TargetErrors> = {};
  const seen = new Map<string, number>();
  targets.forEach((t, i) => {
    const e: TargetErrors = {};
    if (!t.instanceId || !instanceIds.includes(t.instanceId)) e.instance = 'Choose the Jira instance of this target.';
    const key = normalKey(t.projectKey);
    const where = `${t.instanceId}|${key}`;
    const earlier = seen.get(where);
    if (!key) e.project = 'Name the Jira project by its key, e.g. "OPS".';
    else if (earlier !== undefined) e.project = `Project ${key} is already target ${earlier + 1} on this instance.`;
    if (earlier === undefined) seen.set(where, i);
    if (chosenElements(template, t).length === 0) e.elements = 'Choose at least one element.';
    if (Object.keys(e).length) errs[t.key] = e;
  });
  return errs;
}

/** What main is asked to check and create; elements are sent only when some are left out. */
export function createInput(state: WizardState, template: TemplateView | null): PackageCreateInput {
  return {
    templateId: state.templateId,
    summary: state.summary,
    targets: state.targets.map((t) => {
      const chosen = chosenElements(template, t);
      return { instanceId: t.instanceId, projectKey: t.projectKey, ...(template && chosen.length < template.elements.length ? { elements: chosen } : {}) };
    }),
  };
}

/** A check counts only for the exact input it ran on: any edit since asks for a new one. */
export function isChecked(check: CheckState, inputKey: string): boolean {
  return check.status === 'done' && check.input === inputKey && check.problems.length === 0;
}

const withoutErrors = (errs: Record<number, TargetErrors>, key: number): Record<number, TargetErrors> => {
  const rest = { ...errs };
  delete rest[key];
  return rest;
};

const mapTarget = (s: WizardState, key: number, f: (t: TargetDraft) => TargetDraft): TargetDraft[] => s.targets.map((t) => (t.key === key ? f(t) : t));

/** What every step component receives: the state, the way to change it, and what it is about. */
export interface WizardStepProps {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
  template: TemplateView;
  instances: readonly InstanceView[];
}

export function wizardReducer(s: WizardState, a: WizardAction): WizardState {
  switch (a.type) {
    case 'goto':
      // Nothing moves while a package is being created.
      return s.step === 'create' && !s.result ? s : { ...s, step: a.step };
    case 'chooseTemplate':
      return { ...s, templateId: a.templateId };
    case 'setSummary':
      return { ...s, summary: a.summary, summaryError: undefined };
    case 'submitSummary': {
      const problem = summaryProblem(s.summary);
      return problem ? { ...s, summaryError: problem } : { ...s, summaryError: undefined, step: 'targets' };
    }
    case 'patchTarget':
      return {
        ...s,
        // Another instance: the last credentials test was about the old one.
        targets: mapTarget(s, a.key, (t) => ({ ...t, ...a.patch, ...(a.patch.instanceId !== undefined && a.patch.instanceId !== t.instanceId ? { test: NO_TEST } : {}) })),
        targetErrors: withoutErrors(s.targetErrors, a.key),
      };
    case 'addTarget':
      if (s.targets.length >= MAX_TARGETS) return s;
      return { ...s, targets: [...s.targets, target(s.nextKey, a.instanceId)], nextKey: s.nextKey + 1 };
    case 'removeTarget':
      if (s.targets.length <= 1) return s;
      return { ...s, targets: s.targets.filter((t) => t.key !== a.key), targetErrors: withoutErrors(s.targetErrors, a.key) };
    case 'targetsValidated':
      return { ...s, targetErrors: a.errors, ...(Object.keys(a.errors).length === 0 && s.targets.length > 0 ? { step: 'preview' as const } : {}) };
    case 'testStarted':
      return { ...s, targets: mapTarget(s, a.key, (t) => ({ ...t, test: { pending: true, report: null, error: null } })), targetErrors: withoutErrors(s.targetErrors, a.key) };
    case 'testDone':
      return { ...s, targets: mapTarget(s, a.key, (t) => ({ ...t, test: { pending: false, report: a.report, error: null } })) };
    case 'testFailed':
      return { ...s, targets: mapTarget(s, a.key, (t) => ({ ...t, test: { pending: false, report: null, error: a.error } })) };
    case 'checkStarted':
      return { ...s, check: { status: 'checking', input: a.input }, createError: null };
    case 'checkDone':
      return { ...s, check: { status: 'done', input: a.input, problems: a.problems } };
    case 'checkFailed':
      return { ...s, check: { status: 'error', input: a.input, message: a.message } };
    case 'createStarted':
      return { ...s, createError: null, result: null, step: 'create' };
    case 'createDone':
    case 'resultChanged':
      return { ...s, result: a.view };
    case 'createFailed':
      // Refused before anything was created (e.g. a project removed since the check): back to the check.
      return { ...s, createError: a.message, check: { status: 'idle' }, step: 'preview' };
    case 'startOver':
      return { ...s, result: null, summary: '', summaryError: undefined, check: { status: 'idle' }, createError: null, step: 'summary' };
  }
}
