import { useEffect, useId, useState } from 'react';
import type { Facet } from '../../../../shared/domain/explorer';
import type { ExplorerPreset } from '../../../../shared/domain/dates';
import { explorerPresetRange } from '../../../../shared/domain/dates';
import type { IsoWeekday } from '../../../../shared/domain/team';
import { errorMessage } from '../../api-error';
import { Button } from '../../components/button';
import { readAuthors } from './team-api';
import { useTeamStore } from './team-store';
import { useToastStore } from '../../stores/toast-store';
import { plural } from '../../format';

const PERIODS: { value: ExplorerPreset; label: string }[] = [
  { value: 'this-month', label: 'This month' },
  { value: 'last-month', label: 'Last month' },
  { value: 'last-30-days', label: 'Last 30 days' },
  { value: 'this-quarter', label: 'This quarter' },
];

/**
 * "Add everyone seen in a period": the people who logged time in the chosen period and are not
 * in the team yet, as a checklist with a search box; one click adds the ticked ones with the
 * hours and days chosen above. (Importing a Tempo team will sit beside this, as another source.)
 */
export function AddFromPeriod({ dailySeconds, workingWeekdays, onError }: { dailySeconds: number | null; workingWeekdays: IsoWeekday[]; onError(message: string | null): void }) {
  const members = useTeamStore((s) => s.members);
  const add = useTeamStore((s) => s.add);
  const [period, setPeriod] = useState<ExplorerPreset>('this-month');
  const [loaded, setLoaded] = useState<{ period: ExplorerPreset; authors: Facet[] } | null>(null);
  const authors = loaded?.period === period ? loaded.authors : null;
  const [query, setQuery] = useState('');
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [adding, setAdding] = useState(false);
  const periodId = useId();

  useEffect(() => {
    let live = true;
    readAuthors(explorerPresetRange(period, new Date())).then(
      (authors) => live && setLoaded({ period, authors }),
      (e: unknown) => live && (setLoaded({ period, authors: [] }), onError(errorMessage(e))),
    );
    return () => {
      live = false;
    };
    // onError is the dialog's setter: stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [period]);

  const inTeam = new Set(members.map((m) => m.accountId));
  const candidates = (authors ?? []).filter((a): a is Facet & { key: string } => a.key !== null && !inTeam.has(a.key));
  const q = query.trim().toLocaleLowerCase();
  const shown = q ? candidates.filter((a) => a.label.toLocaleLowerCase().includes(q)) : candidates;
  const chosen = candidates.filter((a) => ticked.has(a.key));

  const toggle = (key: string, on: boolean): void =>
    setTicked((t) => {
      const next = new Set(t);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const addChosen = async (): Promise<void> => {
    if (dailySeconds === null) {
      onError('Enter daily hours between 0 and 24, e.g. 7.5, before adding people.');
      return;
    }
    setAdding(true);
    onError(null);
    let added = 0;
    try {
      for (const a of chosen) {
        await add({ accountId: a.key, displayName: a.label, dailySeconds, workingWeekdays });
        added++;
      }
      useToastStore.getState().show(`Added ${plural(added, 'person', 'people')} to your team.`);
      setTicked(new Set());
    } catch (e) {
      onError(`${added > 0 ? `Added ${added}, then stopped: ` : ''}${errorMessage(e)}`);
    } finally {
      setAdding(false);
    }
  };

  return (
    <fieldset className="team-bulk">
      <legend className="field__label">Add everyone seen in a period</legend>
      <div className="team-bulk__bar u-row">
        <label className="visually-hidden" htmlFor={periodId}>
          Period
        </label>
        <select id={periodId} className="select team-bulk__period" value={period} onChange={(e) => setPeriod(e.target.value as ExplorerPreset)}>
          {PERIODS.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
        <input className="input team-bulk__search" type="search" aria-label="Search people" placeholder="Search people" value={query} onChange={(e) => setQuery(e.target.value)} />
        <Button size="sm" onClick={() => setTicked(new Set([...ticked, ...shown.map((a) => a.key)]))} disabled={shown.length === 0}>
          Tick all shown
        </Button>
      </div>
      {authors === null ? (
        <p className="team-empty u-muted">Loading who logged time…</p>
      ) : candidates.length === 0 ? (
        <p className="team-empty u-muted">Everyone who logged time in this period is in your team already (or nothing is synced for it).</p>
      ) : (
        <ul className="team-bulk__list" aria-label="People seen in the period">
          {shown.map((a) => (
            <li key={a.key}>
              <label className="checkbox">
                <input type="checkbox" checked={ticked.has(a.key)} onChange={(e) => toggle(a.key, e.target.checked)} />
                <span>{a.label}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <Button variant="primary" size="sm" pending={adding} disabled={chosen.length === 0} onClick={() => void addChosen()}>
        {chosen.length === 0 ? 'Add the ticked people' : `Add ${plural(chosen.length, 'person', 'people')}`}
      </Button>
    </fieldset>
  );
}
