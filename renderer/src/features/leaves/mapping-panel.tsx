import { useEffect, useState } from 'react';
import type { EmployeeView, PersonMapping } from '../../../../shared/domain/leaves';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { InlineAlert } from '../../components/inline-alert';
import { mapPerson, readEmployees, unmapPerson } from './leaves-api';
import { useLeavesStore } from './leaves-store';
import { useToastStore } from '../../stores/toast-store';
import { EmployeePicker } from './employee-picker';
import { useAutoMap } from './use-leaves-actions';

const errorText = (e: unknown): string => (e instanceof Error ? e.message : 'That did not work. Try again.');

function MapForm({ person, onDone }: { person: PersonMapping; onDone(): void }) {
  const [employees, setEmployees] = useState<EmployeeView[] | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        // The cached list (no network); fetched from Factorial only when nothing is cached yet.
        let list = await readEmployees();
        if (list.length === 0) list = await readEmployees({ refresh: true });
        if (live) setEmployees(list);
      } catch (e) {
        if (live) setError(errorText(e));
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  const pick = async (employee: EmployeeView): Promise<void> => {
    setPending(true);
    setError(null);
    try {
      const mapped = await mapPerson(person.accountId, employee.id);
      await useLeavesStore.getState().loadPeople();
      useToastStore.getState().show(`Mapped ${person.name} to ${mapped.employeeName ?? `employee ${employee.id}`}.`);
      onDone();
    } catch (err) {
      setError(errorText(err));
      setPending(false);
    }
  };
  return (
    <div className="lv-map-form" onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      {employees === null && !error && (
        <span className="lv-muted" role="status">
          Loading employees…
        </span>
      )}
      {employees !== null && employees.length === 0 && <span className="lv-muted">Factorial lists no employees.</span>}
      {employees !== null && employees.length > 0 && (
        <EmployeePicker
          id={`map-${person.accountId}`}
          label={`Factorial employee for ${person.name}`}
          employees={employees}
          currentAccountId={person.accountId}
          onPick={(e) => !pending && void pick(e)}
        />
      )}
      <Button size="sm" variant="ghost" onClick={onDone}>
        Cancel
      </Button>
      {error && (
        <p className="field__error lv-map-form__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Factorial employees no Jira person is mapped to, by name (from the cached employee list: no
 * request to Factorial). Often people who don't log time in Jira, or whose Jira email is hidden.
 */
function useUnmatchedEmployees(people: PersonMapping[]): EmployeeView[] {
  const [unmatched, setUnmatched] = useState<EmployeeView[]>([]);
  useEffect(() => {
    let live = true;
    readEmployees().then(
      (list) => live && setUnmatched(list.filter((e) => e.mappedAccountIds.length === 0)),
      () => live && setUnmatched([]),
    );
    return () => {
      live = false;
    };
  }, [people]);
  return unmatched;
}

export function MappingPanel() {
  const people = useLeavesStore((s) => s.people);
  const [editing, setEditing] = useState<string | null>(null);
  const autoMap = useAutoMap();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const unmapped = people.filter((p) => p.employeeId === null).length;
  const unmatched = useUnmatchedEmployees(people);

  const unmap = async (p: PersonMapping): Promise<void> => {
    setBusy(p.accountId);
    setError(null);
    try {
      await unmapPerson(p.accountId);
      await useLeavesStore.getState().loadPeople();
      useToastStore.getState().show(`Unmapped ${p.name}.`);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card lv-panel" aria-labelledby="lv-mapping-title">
      <header className="lv-panel__head">
        <h2 id="lv-mapping-title" className="lv-panel__title">
          People
        </h2>
        {people.length > 0 && (
          <span data-testid="unmapped-count">
            {unmapped > 0 ? <Badge tone="danger">{unmapped} unmapped</Badge> : <Badge tone="success">All mapped</Badge>}
          </span>
        )}
        <span className="lv-conn__spacer" />
        <Button size="sm" pending={autoMap.pending} onClick={() => void autoMap.run()} disabled={people.length === 0}>
          Map automatically by email
        </Button>
      </header>
      <p className="lv-panel__text u-muted">Each Jira person is matched with their Factorial employee, so their leaves show next to their worklogs. Emails are compared ignoring letter case.</p>
      {(error ?? autoMap.error) && <InlineAlert tone="error">{error ?? autoMap.error}</InlineAlert>}
      {people.length === 0 ? (
        <p className="lv-empty-line u-muted">No Jira people known yet. Sync worklogs on the Sync page first; the people who log time appear here.</p>
      ) : (
        <ul className="lv-people" aria-label="People and their Factorial employees">
          {people.map((p) => (
            <li key={p.accountId} className="lv-people__row" data-account-id={p.accountId}>
              <div className="lv-people__who">
                <span className="lv-people__name u-ellipsis">{p.name}</span>
                <span className="lv-people__email u-meta u-ellipsis">{p.email ?? 'email hidden in Jira'}</span>
              </div>
              <div className="lv-people__employee">
                {p.employeeId !== null ? (
                  <>
                    <span className="lv-people__emp-name u-ellipsis">{p.employeeName ?? `Employee ${p.employeeId}`}</span>
                    <span className="lv-people__emp-meta u-meta u-ellipsis">
                      #{p.employeeId} · {p.how === 'manual' ? 'by hand' : 'by email'}
                    </span>
                  </>
                ) : (
                  <span className="lv-muted">unmapped</span>
                )}
              </div>
              <div className="lv-people__actions">
                {editing === p.accountId ? (
                  <MapForm person={p} onDone={() => setEditing(null)} />
                ) : (
                  <>
                    <Button size="sm" variant="ghost" onClick={() => setEditing(p.accountId)} aria-label={`${p.employeeId === null ? 'Map' : 'Change'} ${p.name}`}>
                      {p.employeeId === null ? 'Map…' : 'Change'}
                    </Button>
                    {p.employeeId !== null && (
                      <Button size="sm" variant="ghost" pending={busy === p.accountId} onClick={() => void unmap(p)} aria-label={`Unmap ${p.name}`}>
                        Unmap
                      </Button>
                    )}
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {unmatched.length > 0 && (
        <div className="lv-unmatched">
          <h3 className="lv-unmatched__title">In Factorial, not mapped to anyone here ({unmatched.length})</h3>
          <ul className="lv-unmatched__list" aria-label="Factorial employees not mapped to anyone">
            {unmatched.map((e) => (
              <li key={e.id} data-employee-id={e.id}>
                <span className="lv-people__name u-ellipsis">{e.name ?? e.email ?? `Employee ${e.id}`}</span>
                <span className="lv-people__emp-meta u-meta u-ellipsis">
                  #{e.id}
                  {e.email && e.name ? ` · ${e.email}` : ''}
                </span>
              </li>
            ))}
          </ul>
          <p className="lv-panel__text u-muted">If one of them logs time in Jira under another email, use “Map…” beside their Jira name above.</p>
        </div>
      )}
    </section>
  );
}
