import type { TemplateView } from '../../../../shared/domain/packages';
import { Badge } from '../../components/badge';
import { fillSummary, plural } from './package-format';

/** Exactly the issues one target gets: the parent with its filled-in description, then each chosen child. */
export function WizardPreviewTarget({ index, instanceName, projectKey, summary, template, elements }: { index: number; instanceName: string; projectKey: string; summary: string; template: TemplateView; elements: number[] }) {
  const description = fillSummary(template.parentDescription, summary);
  return (
    <li className="preview-target card" aria-label={`Preview of ${instanceName} · ${projectKey}`}>
      <header className="preview-target__head u-row">
        <span className="preview-target__index">{index + 1}</span>
        <strong>{instanceName}</strong>
        <span className="pkg-target__project">{projectKey}</span>
        <span className="preview-target__count u-hint">{plural(1 + elements.length, 'issue')}</span>
      </header>
      <div className="preview-issue preview-issue--parent">
        <Badge tone="accent">{template.parentIssueType}</Badge>
        <div className="preview-issue__text">
          <span className="preview-issue__summary">{summary}</span>
          {description && <p className="preview-issue__description u-muted">{description}</p>}
        </div>
      </div>
      <ul className="preview-children">
        {elements.map((ei) => {
          const el = template.elements[ei];
          if (!el) return null;
          return (
            <li key={ei} className="preview-issue preview-issue--child">
              <Badge>{template.childIssueType}</Badge>
              <div className="preview-issue__text">
                <span className="preview-issue__summary">{el.name}</span>
                {el.description && <p className="preview-issue__description u-muted">{el.description}</p>}
                {el.labels && el.labels.length > 0 && (
                  <span className="preview-issue__labels">
                    {el.labels.map((l) => (
                      <span key={l} className="label-chip">
                        {l}
                      </span>
                    ))}
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
