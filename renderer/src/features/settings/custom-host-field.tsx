import { useId } from 'react';

/**
 * The explicit "yes, send my token there" for a Jira address outside Atlassian Cloud (a company
 * domain, a proxy). Shown only for such addresses; main refuses them without it.
 */
export function CustomHostField({ checked, onChange }: { checked: boolean; onChange(v: boolean): void }) {
  const id = useId();
  return (
    <label className="checkbox custom-host" htmlFor={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span className="checkbox__text">
        <span className="checkbox__label">This is a custom Jira host</span>
        <span className="checkbox__hint u-hint">Not an Atlassian Cloud address: tick only if this is your company’s Jira or a proxy in front of it — your API token will be sent there.</span>
      </span>
    </label>
  );
}
