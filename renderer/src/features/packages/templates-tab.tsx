import { useState } from 'react';
import type { TemplateView } from '../../../../shared/domain/packages';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { PackageIcon, PencilIcon, PlusIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { Spinner } from '../../components/spinner';
import { usePackagesStore } from './packages-store';
import { plural } from './package-format';
import { TemplateEditor } from './template-editor';

/** Templates: the list, and the editor for a new or chosen one. */
export function TemplatesTab({ editing, setEditing }: { editing: TemplateView | 'new' | null; setEditing(e: TemplateView | 'new' | null): void }) {
  const templates = usePackagesStore((s) => s.templates);
  const status = usePackagesStore((s) => s.templatesStatus);
  const error = usePackagesStore((s) => s.templatesError);
  const load = usePackagesStore((s) => s.loadTemplates);
  const [editorKey, setEditorKey] = useState(0);

  const open = (t: TemplateView | 'new'): void => {
    setEditing(t);
    setEditorKey((k) => k + 1);
  };

  if (status === 'loading' && templates.length === 0) {
    return (
      <div className="loading-row">
        <Spinner /> Loading templates…
      </div>
    );
  }

  if (templates.length === 0 && editing === null && status === 'ready') {
    return (
      <EmptyState
        icon={<PackageIcon size={22} />}
        title="No templates yet"
        action={
          <Button variant="primary" icon={<PlusIcon />} onClick={() => open('new')}>
            Create a template
          </Button>
        }
      >
        <p>A template is one parent issue (an Epic, say) and the child issues under it. Packages create it on several Jira sites at once, linked together.</p>
      </EmptyState>
    );
  }

  return (
    <div className="tpl-layout">
      <div className="tpl-list-col">
        <div className="tpl-list-col__head u-row">
          <h2 className="pkg-section-title">Templates</h2>
          <Button size="sm" variant="primary" icon={<PlusIcon />} onClick={() => open('new')}>
            New template
          </Button>
        </div>
        {status === 'error' && error && (
          <InlineAlert tone="error" title="Could not load the templates">
            {error}
          </InlineAlert>
        )}
        {templates.length === 0 && <p className="tpl-list-empty u-hint">No templates yet: the one you are creating will be listed here.</p>}
        <ul className="tpl-list" aria-label="Templates">
          {templates.map((t) => {
            const selected = editing !== null && editing !== 'new' && editing.id === t.id;
            return (
              <li key={t.id}>
                <button type="button" className={['tpl-item', selected ? 'is-selected' : ''].filter(Boolean).join(' ')} aria-current={selected || undefined} onClick={() => open(t)}>
                  <span className="tpl-item__name">{t.name}</span>
                  <span className="tpl-item__meta u-meta">
                    {t.parentIssueType} → {t.childIssueType} · {plural(t.elements.length, 'element')}
                  </span>
                  <PencilIcon size={14} className="tpl-item__edit" />
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <div className="tpl-editor-col">
        {editing === null ? (
          <div className="tpl-placeholder card">
            <p>Choose a template to edit it, or create a new one.</p>
          </div>
        ) : (
          <TemplateEditor
            key={editorKey}
            template={editing === 'new' ? null : editing}
            onSaved={(t) => {
              void load();
              setEditing(t);
              setEditorKey((k) => k + 1);
            }}
            onCancel={() => setEditing(null)}
            onDeleted={() => {
              void load();
              setEditing(null);
            }}
          />
        )}
      </div>
    </div>
  );
}
