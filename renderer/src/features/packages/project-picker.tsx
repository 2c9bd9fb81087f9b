import type { KeyboardEvent } from 'react';
import { useEffect, useState } from 'react';
import { foldText } from '../../../../shared/domain/explorer';
import type { PackageProject } from '../../../../shared/domain/packages';
import { Button } from '../../components/button';
import type { ProjectsEntry } from './packages-store';
import { usePackagesStore } from './packages-store';
import { plural } from './package-format';

/** Big sites have hundreds of projects: the list shows this many, typing narrows it. */
const MAX_SHOWN = 50;

/** The projects matching what is typed (key or name, accents and case ignored); null: all of them. */
function matching(projects: readonly PackageProject[], query: string | null): PackageProject[] {
  const q = foldText(query?.trim() ?? '');
  return (q ? projects.filter((p) => foldText(`${p.key} ${p.name}`).includes(q)) : projects).slice(0, MAX_SHOWN);
}

function statusWords(entry: ProjectsEntry | undefined, site: string): string | undefined {
  if (!entry) return undefined;
  if (entry.status === 'loading') return `Loading the projects of ${site}…`;
  if (entry.status === 'error') return `Could not list the projects of ${site}: ${entry.message} You can still type the key.`;
  if (entry.projects.length === 0) return `${site} shows no projects to this account: type the key.`;
  return `Type a key, or pick one of ${site}’s ${plural(entry.projects.length, 'project')} (↓ opens the list).`;
}

/**
 * A target's project: an editable combobox over the instance's Jira projects, asked once per
 * wizard (the store keeps them). Any key can still be typed: the check tells whether it exists.
 */
export function ProjectPicker({ id, instanceId, site, value, onChange, error, autoFocus }: { id: string; instanceId: string; site: string; value: string; onChange(key: string): void; error: string | undefined; autoFocus: boolean }) {
  const entry = usePackagesStore((s) => (instanceId ? s.projects[instanceId] : undefined));
  const load = usePackagesStore((s) => s.loadProjects);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // What typing narrows the list to; opened with the arrow keys or a click, it shows every project.
  const [query, setQuery] = useState<string | null>(null);
  useEffect(() => {
    if (instanceId) void load(instanceId);
  }, [instanceId, load]);

  const projects = entry?.status === 'ready' ? entry.projects : [];
  const shown = matching(projects, query);
  const expanded = open && shown.length > 0;
  const listId = `${id}-projects`;
  const optionId = (i: number): string => `${listId}-${i}`;
  const pick = (p: PackageProject): void => {
    onChange(p.key);
    setOpen(false);
    setActive(-1);
  };
  const openAll = (at: number): void => {
    setQuery(null);
    setOpen(true);
    setActive(at);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const down = e.key === 'ArrowDown';
      if (!expanded) return openAll(down ? 0 : matching(projects, null).length - 1);
      setActive((a) => (a < 0 ? (down ? 0 : shown.length - 1) : (a + (down ? 1 : -1) + shown.length) % shown.length));
    } else if (e.key === 'Enter' && expanded && shown[active]) {
      // Enter picks the highlighted project; with none highlighted it continues, as in every step.
      e.preventDefault();
      pick(shown[active]);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  const hint = statusWords(entry, site);
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  // The field's markup is TextField's, with the list inside the control so it opens right under the input.
  return (
    <div className={['field target__project', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        Project key
      </label>
      <div className="field__control">
        <input
          id={id}
          className="input"
          value={value}
          onChange={(e) => (onChange(e.target.value), setQuery(e.target.value), setOpen(e.target.value.trim() !== ''), setActive(-1))}
          placeholder="OPS"
          autoFocus={autoFocus}
          autoComplete="off"
          spellCheck={false}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && shown[active] ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onClick={() => (expanded ? setOpen(false) : openAll(-1))}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul id={listId} role="listbox" aria-label={`Projects of ${site}`} className="listbox project-picker__list" hidden={!expanded} onMouseDown={(ev) => ev.preventDefault()}>
          {shown.map((p, i) => (
            <li
              key={p.key}
              id={optionId(i)}
              role="option"
              aria-label={`${p.key} — ${p.name}`}
              aria-selected={i === active}
              className={['listbox__option project-picker__option', i === active ? 'is-active' : ''].filter(Boolean).join(' ')}
              onMouseEnter={() => setActive(i)}
              // mousedown, not click: the input keeps its focus (the list too, for its scrollbar), so the list does not close first.
              onMouseDown={() => pick(p)}
            >
              <span className="project-picker__key">{p.key}</span>
              <span className="project-picker__name">{p.name}</span>
            </li>
          ))}
        </ul>
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field__hint u-hint">
          {hint}
        </p>
      )}
      {entry?.status === 'error' && (
        <Button size="sm" className="project-picker__retry" onClick={() => void load(instanceId)}>
          Try again
        </Button>
      )}
    </div>
  );
}
