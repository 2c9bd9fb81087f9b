import { describe, expect, it } from 'vitest';
import { problemOfMessage, templateProblems, withoutProblems } from '../../../renderer/src/features/packages/template-problems.js';

describe('the template form’s problems', () => {
  it('lists every problem at once, one per field, in the order of the form', () => {
    const problems = templateProblems({
      name: ' ',
      parentIssueType: 'Epic',
      childIssueType: 'epic',
      elements: [{ name: 'Accès — Zoë' }, { name: '' }, { name: 'accès — zoë', labels: ['ok', 'x'.repeat(256), 'y'.repeat(300)] }],
    });
    expect(Object.entries(problems)).toEqual([
      ['name', 'Give the template a name.'],
      ['childIssueType', 'The parent and child issue types must differ: Jira cannot put an issue under one of the same type.'],
      ['elements.1.name', 'Each element needs a name: it becomes the summary of the child issue.'],
      ['elements.2.name', 'Element names must be unique: "accès — zoë" appears more than once.'],
      // Two bad labels, one Labels field: its first message.
      ['elements.2.labels', 'A label can be at most 255 characters.'],
    ]);
  });

  it('finds nothing in a good template, and says when there is no element at all', () => {
    expect(templateProblems({ name: 'Onboarding 🚀', parentIssueType: 'Epic', childIssueType: 'Story', elements: [{ name: 'Laptop' }] })).toEqual({});
    expect(templateProblems({ name: 'Onboarding', parentIssueType: 'Epic', childIssueType: 'Story', elements: [] })).toEqual({ elements: 'Add at least one element: each becomes a child issue.' });
  });

  it('puts main’s refusal on its field, and drops the problems of edited fields', () => {
    expect(problemOfMessage('elements.3.labels.1: Labels cannot contain spaces.')).toEqual({ 'elements.3.labels': 'Labels cannot contain spaces.' });
    expect(problemOfMessage('Worklog Desk did not answer.')).toEqual({ '': 'Worklog Desk did not answer.' });
    expect(withoutProblems({ name: 'a', 'elements.1.name': 'b', 'elements.10.name': 'c' }, (p) => p === 'elements.1.name')).toEqual({ name: 'a', 'elements.10.name': 'c' });
  });
});
