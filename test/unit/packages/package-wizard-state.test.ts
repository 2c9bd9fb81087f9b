import { describe, expect, it } from 'vitest';
import type { TemplateView } from '../../../shared/domain/packages.js';
import { createInput, initialWizardState, isChecked, targetProblems, wizardReducer } from '../../../renderer/src/features/packages/package-wizard-state.js';

const TPL: TemplateView = {
  id: 't1',
  name: 'Onboarding',
  parentIssueType: 'Epic',
  childIssueType: 'Story',
  parentDescription: '',
  elements: [{ name: 'Laptop' }, { name: 'Badge' }, { name: 'Accès — Zoë' }],
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};

describe('the package wizard reducer', () => {
  it('refuses an empty or too long summary and moves on with a good one', () => {
    let s = initialWizardState('t1', 'i1');
    s = wizardReducer(s, { type: 'submitSummary' });
    expect(s.step).toBe('template');
    expect(s.summaryError).toMatch(/Give the package a summary/);
    s = wizardReducer(s, { type: 'setSummary', summary: 'x'.repeat(256) });
    expect(s.summaryError).toBeUndefined();
    s = wizardReducer(s, { type: 'submitSummary' });
    expect(s.summaryError).toMatch(/at most 255/);
    s = wizardReducer(wizardReducer(s, { type: 'setSummary', summary: ' Zoë 🚀 ' }), { type: 'submitSummary' });
    expect(s.step).toBe('targets');
  });

  it('finds every target problem at once and clears a target’s errors when it is edited', () => {
    let s = initialWizardState('t1', 'i1');
    s = wizardReducer(s, { type: 'addTarget', instanceId: 'i1' });
    s = wizardReducer(s, { type: 'addTarget', instanceId: 'gone' });
    const [a, b, c] = s.targets.map((t) => t.key) as [number, number, number];
    s = wizardReducer(s, { type: 'patchTarget', key: a, patch: { projectKey: 'ops' } });
    s = wizardReducer(s, { type: 'patchTarget', key: b, patch: { projectKey: ' OPS ', excluded: [0, 1, 2] } });
    const errors = targetProblems(s.targets, TPL, ['i1']);
    expect(errors).toEqual({
      [b]: { project: 'Project OPS is already target 1 on this instance.', elements: 'Choose at least one element.' },
      [c]: { instance: 'Choose the Jira instance of this target.', project: 'Name the Jira project by its key, e.g. "OPS".' },
    });
    s = wizardReducer(s, { type: 'targetsValidated', errors });
    expect(s.step).toBe('template');
    s = wizardReducer(s, { type: 'patchTarget', key: b, patch: { projectKey: 'SUP' } });
    expect(Object.keys(s.targetErrors).map(Number)).toEqual([c]);
    s = wizardReducer(s, { type: 'removeTarget', key: c });
    s = wizardReducer(s, { type: 'patchTarget', key: b, patch: { excluded: [1] } });
    expect(targetProblems(s.targets, TPL, ['i1'])).toEqual({});
    s = wizardReducer(s, { type: 'targetsValidated', errors: {} });
    expect(s.step).toBe('preview');
    expect(createInput(s, TPL).targets).toEqual([
      { instanceId: 'i1', projectKey: 'ops' },
      { instanceId: 'i1', projectKey: 'SUP', elements: [0, 2] },
    ]);
  });

  it('names the first target on every later duplicate of a project, whatever the letter case', () => {
    let s = initialWizardState('t1', 'i1');
    for (let n = 0; n < 3; n++) s = wizardReducer(s, { type: 'addTarget', instanceId: 'i1' });
    const [a, b, c, d] = s.targets.map((t) => t.key) as [number, number, number, number];
    for (const [key, projectKey] of [[a, 'OPS'], [b, 'ops'], [c, 'SUP'], [d, ' Ops ']] as const) s = wizardReducer(s, { type: 'patchTarget', key, patch: { projectKey } });
    expect(targetProblems(s.targets, TPL, ['i1'])).toEqual({
      [b]: { project: 'Project OPS is already target 1 on this instance.' },
      [d]: { project: 'Project OPS is already target 1 on this instance.' },
    });
    // The same key on another instance is another project.
    s = wizardReducer(s, { type: 'patchTarget', key: d, patch: { instanceId: 'i2' } });
    expect(Object.keys(targetProblems(s.targets, TPL, ['i1', 'i2'])).map(Number)).toEqual([b]);
  });

  it('counts a check only for the input it ran on; a refused create goes back to the check', () => {
    let s = initialWizardState('t1', 'i1');
    s = wizardReducer(s, { type: 'checkStarted', input: 'A' });
    s = wizardReducer(s, { type: 'checkDone', input: 'A', problems: [] });
    expect(isChecked(s.check, 'A')).toBe(true);
    expect(isChecked(s.check, 'B')).toBe(false);
    s = wizardReducer(s, { type: 'createStarted' });
    expect(s.step).toBe('create');
    expect(wizardReducer(s, { type: 'goto', step: 'summary' }).step).toBe('create');
    s = wizardReducer(s, { type: 'createFailed', message: 'Project OPS no longer exists.' });
    expect(s).toMatchObject({ step: 'preview', createError: 'Project OPS no longer exists.', check: { status: 'idle' } });
  });

  it('a new instance forgets the last credentials test of the target', () => {
    let s = initialWizardState('t1', 'i1');
    const key = s.targets[0]?.key ?? 0;
    s = wizardReducer(s, { type: 'testFailed', key, error: 'refused' });
    expect(wizardReducer(s, { type: 'patchTarget', key, patch: { projectKey: 'X' } }).targets[0]?.test.error).toBe('refused');
    expect(wizardReducer(s, { type: 'patchTarget', key, patch: { instanceId: 'i2' } }).targets[0]?.test.error).toBeNull();
  });
});
