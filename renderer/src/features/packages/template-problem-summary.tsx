import type { Ref } from 'react';
import { InlineAlert } from '../../components/inline-alert';
import { fieldWords, plural } from './package-format';
import type { TemplateProblems } from './template-problems';

/** Above the form: every problem, in words saying which field, so nothing is found one save at a time. */
export function TemplateProblemSummary({ problems, summaryRef }: { problems: TemplateProblems; summaryRef: Ref<HTMLDivElement> }) {
  const list = Object.entries(problems).map(([path, text]) => (path ? `${fieldWords(path)}: ${text}` : text));
  if (list.length === 0) return null;
  return (
    <div ref={summaryRef} tabIndex={-1} className="tpl-editor__problems">
      <InlineAlert tone="error" title={list.length === 1 ? 'The template was not saved' : `The template was not saved: ${plural(list.length, 'problem')} to fix`}>
        {list.length === 1 ? (
          list[0]
        ) : (
          <ul aria-label="Problems" className="tpl-editor__problem-list">
            {list.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </InlineAlert>
    </div>
  );
}
