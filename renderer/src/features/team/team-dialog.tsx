import { useEffect, useId, useState } from 'react';
import type { Facet } from '../../../../shared/domain/explorer';
import type { IsoWeekday, TeamMember } from '../../../../shared/domain/team';
import { DEFAULT_WORKING_WEEKDAYS } from '../../../../shared/domain/team';
import { explorerPresetRange } from '../../../../shared/domain/dates';
import { errorMessage } from '../../api-error';
import { Button, IconButton } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { PlusIcon, TrashIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { Spinner } from '../../components/spinner';
import { initials, plural } from '../../format';
import { readAuthors } from './team-api';
import { useTeamStore } from './team-store';
import { useToastStore } from '../../stores/toast-store';
import { AddFromPeriod } from './add-from-period';
import { ImportTempoTeam } from './import-tempo-team';
import { useTempoLinkStore } from './tempo-link-store';
import { WeekdayToggles } from './weekday-toggles';
import { hoursText, parseHours, weekdaysText } from './weekdays';

const HOURS_ERROR = 'Enter daily hours between 0 and 24, e.g. 7.5.';

function MemberRow({
  member,
  commitment,
  selected,
  onSelect,
  onError,
}: {
  member: TeamMember;
  /** Commitment percent in the linked Tempo team, when the person is in it. */
  commitment: number | undefined;
  selected: boolean;
  onSelect(on: boolean): void;
  onError(message: string | null): void;
}) {
  const update = useTeamStore((s) => s.update);
  const remove = useTeamStore((s) => s.remove);
  const [hours, setHours] = useState(hoursText(member.dailySeconds));
  const [busy, setBusy] = useState(false);
  const [invalid, setInvalid] = useState(false);

  const save = async (patch: { dailySeconds?: number; workingWeekdays?: IsoWeekday[] }): Promise<void> => {
    setBusy(true);
    onError(null);
    try {
      await update({ accountId: member.accountId, ...patch });
    } catch (e) {
      onError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const commitHours = (): void => {
    const seconds = parseHours(hours);
    if (seconds === null) {
      setInvalid(true);
      onError(`${member.displayName}: ${HOURS_ERROR}`);
      return;
    }
    setInvalid(false);
    if (seconds !== member.dailySeconds) void save({ dailySeconds: seconds });
  };

  return (
    <li className="team-member" aria-label={member.displayName}>
      <input type="checkbox" className="team-member__select" aria-label={`Select ${member.displayName}`} checked={selected} onChange={(e) => onSelect(e.target.checked)} />
      <span className="avatar team-member__avatar" aria-hidden="true">
        {initials(member.displayName)}
      </span>
      <div className="team-member__who">
        <span className="team-member__name">{member.displayName}</span>
        <span className="team-member__summary u-meta" data-testid="team-member-summary">
          {hoursText(member.dailySeconds)} h a day · {weekdaysText(member.workingWeekdays)}
          {commitment !== undefined && <span className="team-member__commitment"> · {commitment} % in the Tempo team</span>}
        </span>
      </div>
      <div className="team-member__controls">
      <label className="team-member__hours u-hint">
        <input
          className="input"
          inputMode="decimal"
          aria-label={`Daily hours for ${member.displayName}`}
          aria-invalid={invalid || undefined}
          value={hours}
          onChange={(e) => setHours(e.target.value)}
          onBlur={commitHours}
          onKeyDown={(e) => e.key === 'Enter' && commitHours()}
        />
        <span aria-hidden="true">h</span>
      </label>
      <WeekdayToggles label={`Working days of ${member.displayName}`} value={member.workingWeekdays} disabled={busy} onChange={(workingWeekdays) => void save({ workingWeekdays })} />
      </div>
      {busy ? (
        <span className="team-member__busy">
          <Spinner />
        </span>
      ) : (
        <IconButton
          label={`Remove ${member.displayName}`}
          icon={<TrashIcon />}
          size="sm"
          onClick={() => {
            setBusy(true);
            onError(null);
            remove(member.accountId).then(
              () => useToastStore.getState().show(`Removed ${member.displayName} from your team.`),
              (e: unknown) => {
                setBusy(false);
                onError(errorMessage(e));
              },
            );
          }}
        />
      )}
    </li>
  );
}

/**
 * "My team": who the lead tracks. People are added from the authors of the synced worklogs, each
 * with the hours they are expected to work a day and on which weekdays.
 */
export function TeamDialog({ authors: given, onClose }: { authors?: readonly Facet[]; onClose(): void }) {
  const { members, status, error: loadError, load, add, remove } = useTeamStore();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [removing, setRemoving] = useState(false);
  // Opened from the Timesheet or Settings there is no Worklogs view: offer this month's people.
  const [ownAuthors, setOwnAuthors] = useState<readonly Facet[]>([]);
  useEffect(() => {
    if (given) return;
    let live = true;
    readAuthors(explorerPresetRange('this-month', new Date())).then(
      (authors) => live && setOwnAuthors(authors),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [given]);
  const authors = given ?? ownAuthors;
  const tempoLink = useTempoLinkStore((s) => s.link);
  const commitments = new Map((tempoLink?.commitments ?? []).map((c) => [c.accountId, c.commitmentPercent]));
  const [person, setPerson] = useState('');
  const [hours, setHours] = useState('8');
  const [days, setDays] = useState<IsoWeekday[]>([...DEFAULT_WORKING_WEEKDAYS]);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const personId = useId();
  const hoursId = useId();

  useEffect(() => {
    void load();
  }, [load]);

  const inTeam = new Set(members.map((m) => m.accountId));
  const candidates = authors.filter((a) => a.key && !inTeam.has(a.key));

  const submit = async (): Promise<void> => {
    setError(null);
    const candidate = candidates.find((a) => a.key === person);
    if (!candidate?.key) {
      setError('Choose a person to add.');
      return;
    }
    const dailySeconds = parseHours(hours);
    if (dailySeconds === null) {
      setError(HOURS_ERROR);
      return;
    }
    setAdding(true);
    try {
      const m = await add({ accountId: candidate.key, displayName: candidate.label, dailySeconds, workingWeekdays: days });
      useToastStore.getState().show(`Added ${m.displayName} to your team.`);
      setPerson('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setAdding(false);
    }
  };

  return (
    <Dialog title="My team" description="The people you lead. Their hours and working days set what a full week looks like." onClose={onClose} footer={<Button onClick={onClose}>Done</Button>}>
      {(error ?? loadError) && <InlineAlert tone="error">{error ?? loadError}</InlineAlert>}
      <form
        className="team-add"
        aria-label="Add a person"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field team-add__person">
          <label className="field__label" htmlFor={personId}>
            Person
          </label>
          <select id={personId} className="select" value={person} onChange={(e) => setPerson(e.target.value)}>
            <option value="">{candidates.length ? 'Choose someone who logged time…' : 'Everyone in this range is in your team'}</option>
            {candidates.map((a) => (
              <option key={a.key} value={a.key ?? ''}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field team-add__hours">
          <label className="field__label" htmlFor={hoursId}>
            Daily hours
          </label>
          <input id={hoursId} className="input" inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} />
        </div>
        <div className="field">
          <span className="field__label">Working days</span>
          <WeekdayToggles label="Working days" value={days} onChange={setDays} />
        </div>
        <Button type="submit" variant="primary" icon={<PlusIcon />} pending={adding} className="team-add__submit">
          Add
        </Button>
      </form>
      <AddFromPeriod dailySeconds={parseHours(hours)} workingWeekdays={days} onError={setError} />
      <ImportTempoTeam onError={setError} />
      {members.length > 0 && (
        <div className="team-select-bar u-row">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={selected.size > 0 && members.every((m) => selected.has(m.accountId))}
              onChange={(e) => setSelected(e.target.checked ? new Set(members.map((m) => m.accountId)) : new Set())}
            />
            <span>Select all</span>
          </label>
          <Button
            size="sm"
            className="btn--danger-outline"
            icon={<TrashIcon />}
            pending={removing}
            disabled={selected.size === 0}
            onClick={() => {
              const gone = members.filter((m) => selected.has(m.accountId));
              setRemoving(true);
              setError(null);
              void (async () => {
                let n = 0;
                try {
                  for (const m of gone) {
                    await remove(m.accountId);
                    n++;
                  }
                  useToastStore.getState().show(`Removed ${plural(n, 'person', 'people')} from your team.`);
                } catch (e) {
                  setError(`${n > 0 ? `Removed ${n}, then stopped: ` : ''}${errorMessage(e)}`);
                } finally {
                  setSelected(new Set());
                  setRemoving(false);
                }
              })();
            }}
          >
            {selected.size === 0 ? 'Remove selected' : `Remove ${selected.size} selected`}
          </Button>
        </div>
      )}
      {status === 'loading' && members.length === 0 ? (
        <div className="loading-row">
          <Spinner label="Loading your team" />
        </div>
      ) : members.length === 0 ? (
        <p className="team-empty u-muted">No one yet. Add the people you lead to see their time under “My team only”.</p>
      ) : (
        <ul className="team-list" aria-label="Team members">
          {members.map((m) => (
            <MemberRow
              key={`${m.accountId}:${m.dailySeconds}`}
              member={m}
              commitment={commitments.get(m.accountId)}
              selected={selected.has(m.accountId)}
              onSelect={(on) =>
                setSelected((s) => {
                  const next = new Set(s);
                  if (on) next.add(m.accountId);
                  else next.delete(m.accountId);
                  return next;
                })
              }
              onError={setError}
            />
          ))}
        </ul>
      )}
    </Dialog>
  );
}
