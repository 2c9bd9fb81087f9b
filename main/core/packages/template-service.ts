import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { TemplateView } from '../../../shared/domain/packages.js';
import { templateInput, templateUpdateInput } from '../../../shared/domain/packages.js';
import { AppError } from '../errors.js';
import type { Clock } from '../ports.js';
import type { TemplateRepo } from './template-repo.js';

/** The first problem of a zod error, with where it is ("elements[2].name: …"), as one line. */
export function validationMessage(error: z.ZodError, what: string): string {
  const lines = error.issues.map((i) => {
    const where = i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    return where === '' ? i.message : `${where}: ${i.message}`;
  });
  return `The ${what} is not valid — ${lines.join(' ')}`;
}

/** Another process (CLI vs app) may take the name between our check and our write. */
function nameTaken(e: unknown, name: string): AppError | null {
  return (e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' ? new AppError('conflict', `There is already a template called "${name}". Pick another name.`, { cause: e }) : null;
}

/** Templates: validated with the shared schema; names unique case-insensitively. */
export function createTemplateService(repo: TemplateRepo, clock: Clock) {
  const ensureNameFree = (name: string, exceptId?: string): void => {
    const other = repo.getByName(name);
    if (other && other.id !== exceptId) throw new AppError('conflict', `There is already a template called "${other.name}". Pick another name.`);
  };
  const mustGet = (id: string): TemplateView => {
    const t = repo.get(id);
    if (!t) throw new AppError('not_found', 'That template no longer exists — it may have been deleted in another window or by the CLI.');
    return t;
  };

  return {
    list: (): TemplateView[] => repo.list(),
    get: mustGet,
    /** Looks a template up by its name, case-insensitively (CLI, package create by name). */
    byName(name: string): TemplateView {
      const t = repo.getByName(name);
      if (!t) {
        const known = repo.list().map((x) => `"${x.name}"`);
        throw new AppError('not_found', `No template called "${name}".${known.length ? ` Known templates: ${known.join(', ')}.` : ' Add one first with: template add --file TEMPLATE.json'}`);
      }
      return t;
    },
    add(raw: unknown): TemplateView {
      const parsed = templateInput.safeParse(raw);
      if (!parsed.success) throw new AppError('validation', validationMessage(parsed.error, 'template'));
      const input = parsed.data;
      ensureNameFree(input.name);
      const now = clock.now().toISOString();
      const view: TemplateView = {
        id: randomUUID(),
        name: input.name,
        parentIssueType: input.parentIssueType,
        childIssueType: input.childIssueType,
        parentDescription: input.parentDescription ?? '',
        elements: input.elements,
        createdAt: now,
        updatedAt: now,
      };
      try {
        repo.insert(view);
      } catch (e) {
        throw nameTaken(e, input.name) ?? e;
      }
      return view;
    },
    update(raw: unknown): TemplateView {
      const parsed = templateUpdateInput.safeParse(raw);
      if (!parsed.success) throw new AppError('validation', validationMessage(parsed.error, 'template'));
      const input = parsed.data;
      const old = mustGet(input.id);
      ensureNameFree(input.name, old.id);
      const view: TemplateView = {
        ...old,
        name: input.name,
        parentIssueType: input.parentIssueType,
        childIssueType: input.childIssueType,
        parentDescription: input.parentDescription ?? '',
        elements: input.elements,
        updatedAt: clock.now().toISOString(),
      };
      try {
        repo.update(view);
      } catch (e) {
        throw nameTaken(e, input.name) ?? e;
      }
      return view;
    },
    /** Packages made from it keep their own copy of the template, so history is unaffected. */
    remove(id: string): { removed: true } {
      mustGet(id);
      repo.remove(id);
      return { removed: true };
    },
  };
}

export type TemplateService = ReturnType<typeof createTemplateService>;
