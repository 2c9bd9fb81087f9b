import { IconButton } from '../../components/button';
import { XIcon } from '../../components/icons';
import { TextField } from '../../components/text-field';
import type { TemplateProblems } from './template-problems';

export interface ElementDraft {
  /** Stable React key: elements move up and down. */
  key: number;
  name: string;
  description: string;
  labels: string;
}

/** One element of a template (a child issue): its name, description and labels, each with its own problem. */
export function TemplateElementRow({ element: el, index: i, count, problems, onChange, onMove, onRemove }: { element: ElementDraft; index: number; count: number; problems: TemplateProblems; onChange(p: Partial<ElementDraft>): void; onMove(by: -1 | 1): void; onRemove(): void }) {
  const at = `elements.${i}`;
  const invalid = Object.keys(problems).some((path) => path.startsWith(`${at}.`));
  return (
    <li className={['tpl-element', invalid ? 'is-invalid' : ''].filter(Boolean).join(' ')} aria-label={`Element ${i + 1}`}>
      <span className="tpl-element__index" aria-hidden="true">
        {i + 1}
      </span>
      <div className="tpl-element__fields">
        <TextField label={`Element ${i + 1} name`} value={el.name} onChange={(name) => onChange({ name })} data-element-name="" placeholder="Child issue summary" error={problems[`${at}.name`]} />
        <div className="tpl-element__row">
          <TextField label="Description" optional value={el.description} onChange={(description) => onChange({ description })} error={problems[`${at}.description`]} />
          <TextField label="Labels" optional value={el.labels} onChange={(labels) => onChange({ labels })} placeholder="space-separated" error={problems[`${at}.labels`]} />
        </div>
      </div>
      <div className="tpl-element__actions">
        <IconButton size="sm" label={`Move element ${i + 1} up`} icon={<span aria-hidden="true">↑</span>} disabled={i === 0} onClick={() => onMove(-1)} />
        <IconButton size="sm" label={`Move element ${i + 1} down`} icon={<span aria-hidden="true">↓</span>} disabled={i === count - 1} onClick={() => onMove(1)} />
        <IconButton size="sm" label={`Remove element ${i + 1}`} icon={<XIcon />} onClick={onRemove} />
      </div>
    </li>
  );
}
