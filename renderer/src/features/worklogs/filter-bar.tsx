import type { Ref } from 'react';
import type { ExplorerFacets } from '../../../../shared/domain/explorer';
import { Kbd } from '../../components/kbd';
import { SegmentedControl } from '../../components/segmented-control';
import type { ExplorerFilters, RangeChoice } from './explorer-store';
import { hasActiveFilters } from './explorer-store';
import type { Option } from './multi-select';
import { MoreRanges } from './more-ranges';
import { MultiSelect } from './multi-select';
import { RANGE_HINT_ID } from './range-hint';

/** The "No epic" choice in the epic dropdown (the filter itself says null). */
export const NO_EPIC = '\u0000no-epic';

const RANGE_OPTIONS: { value: RangeChoice; label: string }[] = [
  { value: 'this-week', label: 'This week' },
  { value: 'this-month', label: 'This month' },
  { value: 'last-month', label: 'Last month' },
  { value: 'custom', label: 'Custom' },
];

/** Same key on two sites is one choice (the filter is by key); counts add up. */
function merged(facets: ExplorerFacets['projects'], none: { value: string; label: string }): Option[] {
  const byKey = new Map<string, Option>();
  for (const f of facets) {
    const value = f.key ?? none.value;
    const prev = byKey.get(value);
    if (prev) prev.count = (prev.count ?? 0) + f.count;
    else byKey.set(value, { value, label: f.key === null ? none.label : f.label, ...(f.key !== null && f.key !== f.label ? { detail: f.key } : {}), count: f.count });
  }
  return [...byKey.values()];
}

export function rangeWords(range: { from: string; to: string } | null): string {
  if (!range) return 'Choose both dates';
  const d = (iso: string): Date => new Date(`${iso}T00:00:00`);
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(d(range.from), d(range.to));
}

export interface FilterBarProps {
  filters: ExplorerFilters;
  facets: ExplorerFacets | null;
  range: { from: string; to: string } | null;
  onChange(patch: Partial<ExplorerFilters>): void;
  onClear(): void;
  searchRef: Ref<HTMLInputElement>;
}

export function FilterBar({ filters, facets, range, onChange, onClear, searchRef }: FilterBarProps) {
  const instanceOptions: Option[] = (facets?.instances ?? []).map((f) => ({ value: f.key ?? '', label: f.label, count: f.count }));
  const projectOptions = merged(facets?.projects ?? [], { value: '', label: 'No project' }).filter((o) => o.value !== '');
  const epicOptions = merged(facets?.epics ?? [], { value: NO_EPIC, label: 'No epic' });
  // "No epic" first: it is the one people look for.
  epicOptions.sort((a, b) => (a.value === NO_EPIC ? -1 : b.value === NO_EPIC ? 1 : 0));
  const anyTeam = (facets?.authors ?? []).some((a) => a.team);
  const authorOptions: Option[] = (facets?.authors ?? []).map((a) => ({
    value: a.key ?? '',
    label: a.label,
    count: a.count,
    ...(anyTeam ? { section: a.team ? 'My team' : 'Others' } : {}),
  }));

  const epicSelected = filters.epicKeys.map((k) => k ?? NO_EPIC);
  const dateInvalid = filters.preset === 'custom' && !range;

  return (
    <section className="wl-filters" aria-label="Filters">
      <div className="wl-filters__row u-row">
        <SegmentedControl
          label="Date range"
          name="wl-range"
          value={filters.preset}
          options={RANGE_OPTIONS}
          // Custom starts from the range on screen, so one date is changed, not two typed from scratch.
          onChange={(preset) => onChange(preset === 'custom' && range ? { preset, customFrom: range.from, customTo: range.to } : { preset })}
        />
        <MoreRanges value={filters.preset} onChange={(preset) => onChange({ preset })} />
        {filters.preset === 'custom' ? (
          <div className="wl-custom-range">
            <input
              className="input"
              type="date"
              aria-label="From"
              value={filters.customFrom}
              aria-invalid={dateInvalid || undefined}
              aria-describedby={dateInvalid ? RANGE_HINT_ID : undefined}
              onChange={(e) => onChange({ customFrom: e.target.value })}
            />
            <span aria-hidden="true">–</span>
            <input
              className="input"
              type="date"
              aria-label="To"
              value={filters.customTo}
              aria-invalid={dateInvalid || undefined}
              aria-describedby={dateInvalid ? RANGE_HINT_ID : undefined}
              onChange={(e) => onChange({ customTo: e.target.value })}
            />
          </div>
        ) : (
          <span className="wl-range-words u-muted" data-testid="wl-range-words u-muted">
            {rangeWords(range)}
          </span>
        )}
        <div className="wl-search">
          <svg width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" className="wl-search__icon">
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-3.5-3.5" />
          </svg>
          <input
            ref={searchRef}
            className="input wl-search__input"
            type="search"
            aria-label="Search worklogs"
            placeholder="Search key, summary, comment"
            value={filters.text}
            maxLength={200}
            onChange={(e) => onChange({ text: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && filters.text) {
                e.preventDefault();
                onChange({ text: '' });
              }
            }}
          />
          {!filters.text && <Kbd keys={['/']} className="wl-search__kbd" decorative />}
        </div>
      </div>
      <div className="wl-filters__row u-row">
        <MultiSelect label="Instance" options={instanceOptions} selected={filters.instanceIds} onChange={(instanceIds) => onChange({ instanceIds })} />
        <MultiSelect label="Project" options={projectOptions} selected={filters.projectKeys} onChange={(projectKeys) => onChange({ projectKeys })} />
        <MultiSelect label="Epic" options={epicOptions} selected={epicSelected} onChange={(v) => onChange({ epicKeys: v.map((k) => (k === NO_EPIC ? null : k)) })} />
        <MultiSelect
          label="Author"
          options={authorOptions}
          selected={filters.authorAccountIds}
          onChange={(authorAccountIds) => onChange({ authorAccountIds })}
          header={
            <label className="ms__toggle u-row">
              <input type="checkbox" checked={filters.teamOnly} onChange={(e) => onChange({ teamOnly: e.target.checked })} />
              <span>Only my team</span>
            </label>
          }
        />
        <button type="button" className={['chip', 'wl-team-chip', filters.teamOnly ? 'is-on' : ''].join(' ')} aria-pressed={filters.teamOnly} onClick={() => onChange({ teamOnly: !filters.teamOnly })}>
          My team only
        </button>
        {hasActiveFilters(filters) && (
          <button type="button" className="link-button wl-clear" onClick={onClear}>
            Clear filters
          </button>
        )}
      </div>
    </section>
  );
}
