import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { presetRange } from '../../../../shared/domain/dates';
import type { InstanceView } from '../../../../shared/domain/instance';
import { Button } from '../../components/button';
import { SyncIcon, XIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { Kbd } from '../../components/kbd';
import type { SegmentOption } from '../../components/segmented-control';
import { SegmentedControl } from '../../components/segmented-control';
import { siteLabel } from '../../format';
import { useNow } from '../../hooks/use-now';
import { modKeyLabel } from '../../platform';
import type { RangeChoice } from '../../stores/sync-store';
import { useSyncStore } from '../../stores/sync-store';
import { DateRangeFields } from './date-range-fields';
import { checkRange, rangeValid } from './range-validation';
import { SourceBadge, instanceSource } from './source-badge';
import { formatRange, plural } from './sync-format';
import { SyncProgressList } from './sync-progress-list';

const RANGE_OPTIONS: SegmentOption<RangeChoice>[] = [
  { value: 'this-week', label: 'This week' },
  { value: 'this-month', label: 'This month' },
  { value: 'last-month', label: 'Last month' },
  { value: 'custom', label: 'Custom' },
];

function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

/** Ctrl/⌘+Enter anywhere on the page starts a sync (not while a dialog is open). */
function useSyncShortcut(run: () => void): void {
  const ref = useRef(run);
  useEffect(() => {
    ref.current = run;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.isComposing || e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      if (document.querySelector('dialog[open]')) return;
      e.preventDefault();
      ref.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** "Sync now": range, instances, full refresh, the button — and the live progress under it. */
export function SyncNowCard({ instances }: { instances: InstanceView[] }) {
  const draft = useSyncStore((s) => s.draft);
  const setDraft = useSyncStore((s) => s.setDraft);
  const running = useSyncStore((s) => s.running);
  const starting = useSyncStore((s) => s.starting);
  const cancelling = useSyncStore((s) => s.cancelling);
  const actionError = useSyncStore((s) => s.actionError);
  const start = useSyncStore((s) => s.start);
  const cancel = useSyncStore((s) => s.cancel);
  const clearActionError = useSyncStore((s) => s.clearActionError);
  const hasProgress = useSyncStore((s) => s.progress.length > 0);
  // Presets follow the calendar: a page left open past midnight moves to the new week or month.
  const now = useNow(60_000);
  const [attempted, setAttempted] = useState(false);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const rangeWordsId = useId();
  const headingId = useId();
  const instancesId = useId();
  const fullId = useId();

  const { preset, customFrom, customTo } = draft;
  const custom = preset === 'custom';
  const range = useMemo(() => (preset === 'custom' ? { from: customFrom, to: customTo } : presetRange(preset, now)), [preset, customFrom, customTo, now]);
  const rangeErrors = custom ? checkRange(range.from, range.to) : {};
  const validRange = rangeValid(rangeErrors);
  // An error shows once the user has typed into that field, or tried to sync.
  const shownErrors = {
    from: attempted || draft.customFrom ? rangeErrors.from : undefined,
    to: attempted || draft.customTo ? rangeErrors.to : undefined,
  };

  const excluded = new Set(draft.excluded);
  const chosen = instances.filter((i) => !excluded.has(i.id));
  const allChosen = chosen.length === instances.length;
  const busy = running || starting;

  const choosePreset = (next: RangeChoice): void => {
    clearActionError();
    if (next === 'custom' && (!draft.customFrom || !draft.customTo)) {
      // Start from what was on screen, so "Custom" is a small edit rather than two empty fields.
      setDraft({ preset: next, customFrom: draft.customFrom || range.from, customTo: draft.customTo || range.to });
      return;
    }
    setDraft({ preset: next });
  };

  const toggle = (id: string, on: boolean): void => {
    clearActionError();
    setDraft({ excluded: on ? draft.excluded.filter((x) => x !== id) : [...draft.excluded, id] });
  };

  const sync = (): void => {
    if (busy) return;
    setAttempted(true);
    if (!validRange) {
      (rangeErrors.from ? fromRef : toRef).current?.focus();
      return;
    }
    if (chosen.length === 0) return;
    void start({
      from: range.from,
      to: range.to,
      ...(allChosen ? {} : { instanceIds: chosen.map((i) => i.id) }),
      full: draft.full,
      instances: chosen.map((i) => ({ id: i.id, name: i.name })),
    });
  };
  useSyncShortcut(sync);

  return (
    <section className="sync-card card" aria-labelledby={headingId}>
      <header className="section-head">
        <span className="section-head__icon sync-card__icon">
          <SyncIcon />
        </span>
        <div className="section-head__titles">
          <h2 id={headingId} className="section-head__title">
            Sync now
          </h2>
          <p className="sync-card__description u-muted">Copies worklogs from Jira and Tempo into the database on this computer. Only what changed since the last sync is read.</p>
        </div>
      </header>

      <div className="sync-card__grid">
        <div className="sync-field">
          <span className="sync-field__label" aria-hidden="true">
            Range
          </span>
          <div className="sync-range">
            <SegmentedControl label="Range" name="sync-range" value={draft.preset} options={RANGE_OPTIONS} onChange={choosePreset} />
            <span className="sync-range__words" id={rangeWordsId} data-testid="sync-range-words">
              {validRange ? (
                <>
                  <strong>{formatRange(range.from, range.to)}</strong>
                  <span className="sync-range__days u-hint">{plural(dayCount(range.from, range.to), 'day')}</span>
                </>
              ) : (
                <span className="sync-range__invalid u-hint">Choose a valid range</span>
              )}
            </span>
          </div>
          {custom && (
            <DateRangeFields
              from={draft.customFrom}
              to={draft.customTo}
              onChange={(r) => (clearActionError(), setDraft({ customFrom: r.from, customTo: r.to }))}
              errors={shownErrors}
              labels={{ from: 'Start date', to: 'End date' }}
              fromRef={fromRef}
              toRef={toRef}
            />
          )}
        </div>

        <div className="sync-field sync-instances" role="group" aria-labelledby={`${instancesId}-label`} aria-describedby={chosen.length === 0 ? `${instancesId}-none` : undefined}>
          <div className="sync-instances__head">
            <span className="sync-field__label" id={`${instancesId}-label`}>
              Instances
            </span>
            <span className="sync-instances__count u-hint">{allChosen ? `All ${instances.length}` : `${chosen.length} of ${instances.length}`}</span>
            {!allChosen && (
              <button type="button" className="link-button" onClick={() => setDraft({ excluded: [] })}>
                Select all
              </button>
            )}
          </div>
          <ul className="sync-instances__list">
            {instances.map((i) => (
              <li key={i.id}>
                <label className={['instance-option', excluded.has(i.id) ? '' : 'is-checked'].filter(Boolean).join(' ')}>
                  <input type="checkbox" checked={!excluded.has(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} />
                  <span className="instance-option__name u-ellipsis">{i.name}</span>
                  <SourceBadge source={instanceSource(i)} />
                  <span className="instance-option__site u-hint u-ellipsis" title={i.url}>
                    {siteLabel(i.url)}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {chosen.length === 0 && (
            <p className="field__error" id={`${instancesId}-none`}>
              Choose at least one instance to sync.
            </p>
          )}
        </div>

        <label className="checkbox sync-full" htmlFor={fullId}>
          <input id={fullId} type="checkbox" checked={draft.full} onChange={(e) => setDraft({ full: e.target.checked })} />
          <span className="checkbox__text">
            <span className="checkbox__label">Full refresh</span>
            <span className="checkbox__hint u-hint">Reads everything again and refreshes issue names and epics; normally only changes are read.</span>
          </span>
        </label>
      </div>

      {actionError && (
        <InlineAlert tone="error" title="The sync did not start">
          {actionError}
        </InlineAlert>
      )}

      <div className="sync-card__actions">
        <Button variant="primary" icon={<SyncIcon />} pending={busy} disabled={chosen.length === 0} onClick={sync} aria-describedby={rangeWordsId} aria-keyshortcuts="Control+Enter Meta+Enter">
          {running ? 'Syncing…' : starting ? 'Starting…' : 'Sync now'}
        </Button>
        {running && (
          <Button icon={<XIcon />} pending={cancelling} onClick={() => void cancel()}>
            {cancelling ? 'Cancelling…' : 'Cancel'}
          </Button>
        )}
        {!busy && (
          <span className="sync-card__hint u-hint">
            or press <Kbd keys={[modKeyLabel(), 'Enter']} />
          </span>
        )}
      </div>

      {hasProgress && <SyncProgressList instances={instances} />}
    </section>
  );
}
