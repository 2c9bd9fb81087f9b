import { z } from 'zod';

/**
 * Packages: a template of one parent issue and its children, created on several Jira sites at once
 * and linked across them. Shared by the main process (validation) and the renderer (wizard).
 */

/** Jira's own limit on a summary. */
export const MAX_SUMMARY = 255;
/** Jira's limit on a bulk create call; also the most elements a template may have per call. */
export const MAX_BULK_CREATE = 50;
export const MAX_ELEMENTS = 500;

const label = z
  .string()
  .trim()
  .min(1, { error: 'A label cannot be empty.' })
  .max(255, { error: 'A label can be at most 255 characters.' })
  // Jira splits a label at spaces, so "to do" would silently become two labels.
  .refine((l) => !/\s/.test(l), { error: (iss) => `Labels cannot contain spaces: "${String(iss.input)}" — use a dash instead.` });

export const templateElementInput = z
  .object({
    name: z
      .string({ error: 'Each element needs a name: it becomes the summary of the child issue.' })
      .trim()
      .min(1, { error: 'Each element needs a name: it becomes the summary of the child issue.' })
      .max(MAX_SUMMARY, { error: `An element name can be at most ${MAX_SUMMARY} characters (Jira's limit on a summary).` }),
    description: z.string().max(30_000, { error: 'An element description can be at most 30,000 characters.' }).optional(),
    labels: z.array(label).max(20, { error: 'An element can have at most 20 labels.' }).optional(),
  })
  .strict();

const templateFields = {
  name: z
    .string({ error: 'Give the template a name.' })
    .trim()
    .min(1, { error: 'Give the template a name.' })
    .max(80, { error: 'A template name can be at most 80 characters.' }),
  parentIssueType: z
    .string({ error: 'Name the parent issue type, e.g. "Epic".' })
    .trim()
    .min(1, { error: 'Name the parent issue type, e.g. "Epic".' })
    .max(255),
  childIssueType: z
    .string({ error: 'Name the child issue type, e.g. "Story" or "Sub-task".' })
    .trim()
    .min(1, { error: 'Name the child issue type, e.g. "Story" or "Sub-task".' })
    .max(255),
  /** May use `{{summary}}`, replaced by the package's summary. */
  parentDescription: z.string().max(30_000, { error: 'The parent description can be at most 30,000 characters.' }).optional(),
  elements: z
    .array(templateElementInput, { error: 'List the elements (child issues) of the template.' })
    .min(1, { error: 'Add at least one element: each becomes a child issue.' })
    .max(MAX_ELEMENTS, { error: `A template can have at most ${MAX_ELEMENTS} elements.` }),
};

type TemplateShape = { parentIssueType: string; childIssueType: string; elements: Array<{ name: string }> };

/** Rules across fields, shared by add and update. */
function templateRules(t: TemplateShape, ctx: z.RefinementCtx): void {
  if (t.parentIssueType.toLowerCase() === t.childIssueType.toLowerCase()) {
    ctx.addIssue({ code: 'custom', path: ['childIssueType'], message: 'The parent and child issue types must differ: Jira cannot put an issue under one of the same type.' });
  }
  const seen = new Set<string>();
  t.elements.forEach((e, i) => {
    const k = e.name.toLowerCase();
    // Elements are chosen by name on the command line and matched to created issues by name in history.
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: ['elements', i, 'name'], message: `Element names must be unique: "${e.name}" appears more than once.` });
    seen.add(k);
  });
}

export const templateInput = z.object(templateFields).strict().superRefine(templateRules);
export type TemplateInput = z.input<typeof templateInput>;
export type TemplateElement = z.output<typeof templateElementInput>;

/** A full replacement of the template's fields; the id says which. */
export const templateUpdateInput = z
  .object({ id: z.string().min(1).max(100), ...templateFields })
  .strict()
  .superRefine(templateRules);

export const templateRefInput = z.object({ id: z.string().min(1).max(100) }).strict();

export interface TemplateView {
  id: string;
  name: string;
  parentIssueType: string;
  childIssueType: string;
  parentDescription: string;
  elements: TemplateElement[];
  createdAt: string;
  updatedAt: string;
}

const projectKey = z
  .string({ error: 'Name the Jira project of each target by its key, e.g. "OPS".' })
  .trim()
  .min(1, { error: 'Name the Jira project of each target by its key, e.g. "OPS".' })
  .max(255)
  // Jira keys are upper case; the API accepts either, our history compares them.
  .transform((k) => k.toUpperCase());

export const packageTargetInput = z
  .object({
    instanceId: z.string().min(1, { error: 'Choose the Jira instance of each target.' }).max(100),
    projectKey,
    /** Indexes into the template's elements; absent = all of them. */
    elements: z
      .array(z.number().int().min(0), { error: 'Elements are chosen by their position in the template.' })
      .min(1, { error: 'Choose at least one element for the target, or leave the choice out for all of them.' })
      .optional(),
  })
  .strict();

export const packageCreateInput = z
  .object({
    templateId: z.string().min(1).max(100).optional(),
    templateName: z.string().trim().min(1).max(80).optional(),
    summary: z
      .string({ error: 'Give the package a summary: it becomes the summary of every parent issue.' })
      .trim()
      .min(1, { error: 'Give the package a summary: it becomes the summary of every parent issue.' })
      .max(MAX_SUMMARY, { error: `The summary can be at most ${MAX_SUMMARY} characters (Jira's limit).` }),
    targets: z
      .array(packageTargetInput, { error: 'Choose at least one target (instance and project).' })
      .min(1, { error: 'Choose at least one target (instance and project).' })
      .max(20, { error: 'A package can have at most 20 targets.' }),
    /** Chosen by the caller and echoed in every progress event of this create, so a window knows its own run among others'. */
    requestId: z.uuid({ error: 'The request id must be a UUID.' }).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if ((p.templateId === undefined) === (p.templateName === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['templateId'], message: 'Choose the template by its id or by its name (one of them).' });
    }
    const seen = new Set<string>();
    p.targets.forEach((t, i) => {
      const k = `${t.instanceId}\u0000${t.projectKey}`;
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: ['targets', i], message: `Project ${t.projectKey} is chosen twice on the same instance.` });
      seen.add(k);
    });
  });
export type PackageCreateInput = z.input<typeof packageCreateInput>;
export type PackageCreateRequest = z.output<typeof packageCreateInput>;

export const packageGroupInput = z.object({ groupId: z.string().min(1).max(100) }).strict();
export const packageHistoryInput = z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict();
export const packageProjectsInput = z.object({ instanceId: z.string().min(1, { error: 'Choose the Jira instance.' }).max(100) }).strict();

/** A project a target may be created in, as the instance lists it. */
export interface PackageProject {
  key: string;
  name: string;
}

export type PackageStatus = 'running' | 'ok' | 'partial' | 'failed';
export type TargetStatus = 'pending' | 'ok' | 'partial' | 'failed';

export interface CreatedIssueView {
  id: string;
  key: string;
  /** `<site>/browse/<key>`. */
  url: string;
}

export interface PackageChildView {
  /** Index of the element in the package's template. */
  element: number;
  name: string;
  /** null: not created (yet). */
  issue: CreatedIssueView | null;
}

export interface PackageLinkView {
  /** The target whose parent this one's parent links to. */
  toTarget: number;
  globalId: string;
  done: boolean;
}

export interface PackageErrorView {
  /** Which element failed, when the failure was one element's. */
  element?: number;
  message: string;
}

export interface PackageTargetView {
  index: number;
  /** null when the instance was removed since (its name is kept). */
  instanceId: string | null;
  instanceName: string;
  siteUrl: string;
  projectKey: string;
  status: TargetStatus;
  parent: CreatedIssueView | null;
  children: PackageChildView[];
  links: PackageLinkView[];
  errors: PackageErrorView[];
}

/** What create and retry answer, and one row of history: exactly what exists and what is missing. */
export interface PackageView {
  groupId: string;
  templateId: string | null;
  templateName: string;
  summary: string;
  status: PackageStatus;
  createdAt: string;
  updatedAt: string;
  targets: PackageTargetView[];
  /** Every outstanding problem, one line each, prefixed with `instance:PROJECT`. */
  errors: string[];
}
export type PackageResult = PackageView;

export interface PackageProgress {
  groupId: string;
  /** The `requestId` packages.create was called with (absent for retries and creates without one). */
  requestId?: string;
  target: number;
  instanceName: string;
  projectKey: string;
  phase: 'parent' | 'children' | 'links' | 'done';
  /** Issues of this target that exist so far (parent included), and how many it should have. */
  created: number;
  total: number;
}

export interface LinkedIssueView {
  instanceName: string;
  siteUrl: string;
  projectKey: string;
  role: 'parent' | 'child';
  /** The element's name for a child, the package summary for a parent. */
  summary: string;
  issue: CreatedIssueView;
}

export interface LinkedIssues {
  groupId: string;
  summary: string;
  issues: LinkedIssueView[];
}

/** A target that cannot be created, found before anything was created. */
export interface PreflightProblem {
  target: number;
  /** `instance:PROJECT`. */
  label: string;
  message: string;
}

/**
 * Puts the package's summary where the template says `{{summary}}`. A replacer function, not a
 * replacement string: `String.replace` would expand `$&`, `` $` `` and `$'` in a summary into
 * pieces of the template, and a summary is the user's text, copied as typed.
 */
export const fillSummary = (text: string, summary: string): string => text.replace(/\{\{\s*summary\s*\}\}/g, () => summary);
