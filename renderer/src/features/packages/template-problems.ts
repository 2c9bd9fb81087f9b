import { templateInput } from '../../../../shared/domain/packages.js';

/**
 * A template form's problems, each keyed by the path of the field it belongs to ("name",
 * "elements.2.name"; "" for one that is about no field). One message per field, the first.
 */
export type TemplateProblems = Record<string, string>;

/** A label's problem ("elements.1.labels.3") belongs to the element's one Labels field. */
const fieldPath = (path: ReadonlyArray<PropertyKey>): string => path.map(String).join('.').replace(/^(elements\.\d+\.labels)\..*$/, '$1');

/** Where a field sits in the form, top to bottom, so the summary reads in the same order. */
const FIELDS = ['', 'name', 'parentIssueType', 'childIssueType', 'parentDescription', 'elements'];
const ELEMENT_FIELDS = ['name', 'description', 'labels'];
function formOrder(path: string): number {
  const el = /^elements\.(\d+)\.(\w+)/.exec(path);
  if (el) return FIELDS.length + Number(el[1]) * ELEMENT_FIELDS.length + Math.max(0, ELEMENT_FIELDS.indexOf(el[2] ?? ''));
  const i = FIELDS.indexOf(path);
  return i < 0 ? FIELDS.length - 1 : i;
}

/**
 * Every problem of the template at once, checked with the same schema main uses (main checks
 * again: this only spares a round trip and lists everything instead of the first problem).
 */
export function templateProblems(input: unknown): TemplateProblems {
  const parsed = templateInput.safeParse(input);
  const problems: TemplateProblems = {};
  for (const issue of parsed.error?.issues ?? []) {
    const path = fieldPath(issue.path);
    problems[path] ??= issue.message;
  }
  return Object.fromEntries(Object.entries(problems).sort(([a], [b]) => formOrder(a) - formOrder(b)));
}

/**
 * Main's validation messages start with where the problem is ("elements.2.name: …"). Splits that
 * off so the message can sit next to its field, and says the place in words for the summary.
 */
function splitFieldMessage(message: string): { path: string | null; text: string } {
  const m = /^([a-zA-Z]+(?:\.[a-zA-Z0-9]+)*): (.*)$/s.exec(message);
  if (!m || !m[1] || m[2] === undefined) return { path: null, text: message };
  return { path: m[1], text: m[2] };
}

/** Main's refusal as a problem: its message names the field ("elements.2.name: …") when it is about one. */
export function problemOfMessage(message: string): TemplateProblems {
  const { path, text } = splitFieldMessage(message);
  return { [path === null ? '' : fieldPath(path.split('.'))]: text };
}

/** The problems without those of the fields `drop` says were edited. */
export function withoutProblems(problems: TemplateProblems, drop: (path: string) => boolean): TemplateProblems {
  return Object.fromEntries(Object.entries(problems).filter(([path]) => !drop(path)));
}
