import { useEffect, useId, useRef, useState } from 'react';
import type { TemplateView } from '../../../../shared/domain/packages';
import { ApiError, errorMessage } from '../../api-error';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { CheckIcon, PlusIcon, TrashIcon } from '../../components/icons';
import { TextField } from '../../components/text-field';
import { useToastStore } from '../../stores/toast-store';
import { packagesApi } from './packages-api';
import type { ElementDraft } from './template-element-row';
import { TemplateElementRow } from './template-element-row';
import type { TemplateProblems } from './template-problems';
import { problemOfMessage, templateProblems, withoutProblems } from './template-problems';
import { TemplateProblemSummary } from './template-problem-summary';

interface Draft {
  name: string;
  parentIssueType: string;
  childIssueType: string;
  parentDescription: string;
  elements: ElementDraft[];
}

let nextKey = 1;
const element = (e?: { name: string; description?: string | undefined; labels?: string[] | undefined }): ElementDraft => ({
  key: nextKey++,
  name: e?.name ?? '',
  description: e?.description ?? '',
  labels: (e?.labels ?? []).join(' '),
});

function draftOf(t: TemplateView | null): Draft {
  if (!t) return { name: '', parentIssueType: 'Epic', childIssueType: 'Story', parentDescription: '', elements: [element()] };
  return { name: t.name, parentIssueType: t.parentIssueType, childIssueType: t.childIssueType, parentDescription: t.parentDescription, elements: t.elements.map(element) };
}

/** Labels are typed separated by spaces or commas (Jira labels never contain spaces). */
const splitLabels = (s: string): string[] => s.split(/[\s,]+/).filter(Boolean);

function inputOf(d: Draft) {
  return {
    name: d.name,
    parentIssueType: d.parentIssueType,
    childIssueType: d.childIssueType,
    ...(d.parentDescription.trim() ? { parentDescription: d.parentDescription } : {}),
    elements: d.elements.map((e) => {
      const labels = splitLabels(e.labels);
      return { name: e.name, ...(e.description.trim() ? { description: e.description } : {}), ...(labels.length ? { labels } : {}) };
    }),
  };
}

/** Create or edit a template: its issue types, the parent's description and the elements (children). */
export function TemplateEditor({ template, onSaved, onCancel, onDeleted }: { template: TemplateView | null; onSaved(t: TemplateView): void; onCancel(): void; onDeleted(): void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(template));
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<TemplateProblems>({});
  // Bumped on every refused save: the first field with a problem then takes the focus.
  const [refusals, setRefusals] = useState(0);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const show = useToastStore((s) => s.show);
  const headingId = useId();
  const descriptionId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (refusals === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? summaryRef.current)?.focus();
  }, [refusals]);

  // A field's problem goes once that field is edited; moving elements renumbers them, so theirs go too.
  const drop = (test: (path: string) => boolean): void => setProblems((ps) => withoutProblems(ps, test));
  const patch = (p: Partial<Draft>): void => {
    setDraft((d) => ({ ...d, ...p }));
    drop((path) => Object.keys(p).includes(path));
  };
  const patchElement = (i: number, p: Partial<ElementDraft>): void => {
    setDraft((d) => ({ ...d, elements: d.elements.map((e, j) => (j === i ? { ...e, ...p } : e)) }));
    drop((path) => Object.keys(p).some((k) => path === `elements.${i}.${k}`));
  };
  const clearElementErrors = (): void => drop((path) => path.startsWith('elements'));
  const move = (i: number, by: -1 | 1): void => {
    clearElementErrors();
    setDraft((d) => {
      const j = i + by;
      if (j < 0 || j >= d.elements.length) return d;
      const elements = d.elements.slice();
      const [moved] = elements.splice(i, 1);
      if (moved) elements.splice(j, 0, moved);
      return { ...d, elements };
    });
  };
  const remove = (i: number): void => {
    clearElementErrors();
    setDraft((d) => ({ ...d, elements: d.elements.filter((_, j) => j !== i) }));
  };
  const add = (): void => {
    setDraft((d) => ({ ...d, elements: [...d.elements, element()] }));
    // Focus the new element's name once it is rendered.
    requestAnimationFrame(() => {
      const inputs = document.querySelectorAll<HTMLInputElement>('[data-element-name]');
      inputs[inputs.length - 1]?.focus();
    });
  };

  const fieldError = (path: string): string | undefined => problems[path];
  const refuse = (ps: TemplateProblems): void => {
    setProblems(ps);
    setRefusals((n) => n + 1);
  };

  const save = async (): Promise<void> => {
    if (saving) return;
    const input = inputOf(draft);
    const found = templateProblems(input);
    if (Object.keys(found).length > 0) return refuse(found);
    setSaving(true);
    setProblems({});
    try {
      const saved = template ? await packagesApi.updateTemplate(template.id, input) : await packagesApi.addTemplate(input);
      show(template ? `Saved “${saved.name}”.` : `Added template “${saved.name}”.`);
      onSaved(saved);
    } catch (e) {
      const msg = errorMessage(e);
      refuse(e instanceof ApiError && e.code === 'conflict' ? { name: msg } : problemOfMessage(msg));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="card tpl-editor"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <header className="tpl-editor__head">
        <h2 id={headingId} className="tpl-editor__title">
          {template ? `Edit “${template.name}”` : 'New template'}
        </h2>
        {template && (
          <Button variant="ghost" size="sm" className="btn--danger-text" icon={<TrashIcon />} onClick={() => setConfirmDelete(true)}>
            Delete
          </Button>
        )}
      </header>

      <TemplateProblemSummary problems={problems} summaryRef={summaryRef} />

      <div className="form-grid">
        <TextField label="Name" value={draft.name} onChange={(v) => patch({ name: v })} error={fieldError('name')} ref={nameRef} autoFocus={!template} maxLength={80} placeholder="e.g. Onboarding" />
        <div className="tpl-editor__types">
          <TextField label="Parent issue type" value={draft.parentIssueType} onChange={(v) => patch({ parentIssueType: v })} error={fieldError('parentIssueType')} placeholder="Epic" />
          <TextField label="Child issue type" value={draft.childIssueType} onChange={(v) => patch({ childIssueType: v })} error={fieldError('childIssueType')} placeholder="Story" />
        </div>
      </div>

      <div className={['field', fieldError('parentDescription') ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
        <label className="field__label" htmlFor={descriptionId}>
          Parent description <span className="field__optional">optional</span>
        </label>
        <textarea
          id={descriptionId}
          className="input textarea"
          rows={4}
          value={draft.parentDescription}
          onChange={(e) => patch({ parentDescription: e.target.value })}
          aria-invalid={fieldError('parentDescription') ? true : undefined}
          aria-describedby={[fieldError('parentDescription') ? `${descriptionId}-error` : '', `${descriptionId}-hint`].filter(Boolean).join(' ')}
          placeholder="Everything needed for {{summary}}."
        />
        <p id={`${descriptionId}-hint`} className="field__hint u-hint">
          <code className="tpl-code">{'{{summary}}'}</code> is replaced by the package’s summary when the issues are created.
        </p>
        {fieldError('parentDescription') && (
          <p id={`${descriptionId}-error`} className="field__error">
            {fieldError('parentDescription')}
          </p>
        )}
      </div>

      <fieldset className="tpl-elements" aria-describedby={fieldError('elements') ? `${descriptionId}-elements-error` : undefined}>
        <legend className="tpl-elements__legend u-row">
          Elements <span className="tpl-elements__count">{draft.elements.length}</span>
        </legend>
        <p className="field__hint u-hint">Each element becomes a child issue under the parent: its name is the child’s summary.</p>
        {fieldError('elements') && (
          <p id={`${descriptionId}-elements-error`} className="field__error">
            {fieldError('elements')}
          </p>
        )}
        <ol className="tpl-elements__list">
          {draft.elements.map((el, i) => (
            <TemplateElementRow key={el.key} element={el} index={i} count={draft.elements.length} problems={problems} onChange={(p) => patchElement(i, p)} onMove={(by) => move(i, by)} onRemove={() => remove(i)} />
          ))}
        </ol>
        <Button size="sm" icon={<PlusIcon />} onClick={add} disabled={draft.elements.length >= 500}>
          Add element
        </Button>
      </fieldset>

      <div className="form-actions u-row">
        <Button type="submit" variant="primary" icon={<CheckIcon />} pending={saving}>
          {template ? 'Save template' : 'Create template'}
        </Button>
        <Button onClick={onCancel} disabled={saving}>
          Cancel
        </Button>
      </div>

      {confirmDelete && template && (
        <ConfirmDialog
          title={`Delete “${template.name}”?`}
          description={<p>The template is removed. Packages already created from it keep their own copy, so their history is unchanged.</p>}
          confirmLabel="Delete template"
          onConfirm={async () => {
            try {
              await packagesApi.removeTemplate(template.id);
            } catch (e) {
              throw new Error(errorMessage(e), { cause: e });
            }
            show(`Deleted “${template.name}”.`);
            onDeleted();
          }}
          onClose={() => setConfirmDelete(false)}
        />
      )}
    </form>
  );
}
