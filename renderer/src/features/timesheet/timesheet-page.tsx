import { useEffect, useMemo, useRef, useState } from 'react';
import { toIsoDate } from '../../../../shared/domain/dates';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { SettingsEmptyState } from '../../components/settings-empty-state';
import { CalendarIcon, PalmIcon, SyncIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { PageHeader } from '../../components/page-header';
import { SegmentedControl } from '../../components/segmented-control';
import { Spinner } from '../../components/spinner';
import { useNow } from '../../hooks/use-now';
import { useInstancesStore } from '../../stores/instances-store';
import { useRouteStore } from '../../stores/route-store';
import { onSyncFinished } from './timesheet-api';
import { TeamButton, useTeamStore } from '../team/team-port';
import { useTimesheetStore } from './timesheet-store';
import { CellWorklogsDialog } from './cell-worklogs-dialog';
import { isNotSubmitted } from '../../../../shared/domain/approvals';
import { behindFromSearch } from '../../../../shared/domain/behind-route';
import { BehindChip } from './behind-chip';
import { ApprovalsBar } from './approvals-bar';
import { CopyBehindButton } from './copy-behind-button';
import { CountedThroughNote } from './counted-through-note';
import { NoTeamNote } from './no-team-note';
import { sortPeople } from '../../../../shared/domain/timesheet-sort';
import { useNotSubmittedFilter } from './use-not-submitted-filter';
import { useTimesheetSort } from './use-timesheet-sort';
import type { CellRef } from './timesheet-grid';
import { TimesheetGrid } from './timesheet-grid';
import { periodLabel, periodOf } from './timesheet-format';
import { TimesheetLegend } from './timesheet-legend';
import { usePeriodKeys } from './use-period-keys';
import { anomalyWords } from '../../../../shared/domain/anomalies';
import { AnomaliesToggle } from './anomalies-toggle';
import { useShowAnomalies } from './use-show-anomalies';

const SUBTITLE = 'Hours per person and day';

const ChevronLeft = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <path d="m15 6-6 6 6 6" />
  </svg>
);
const ChevronRight = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <path d="m9 6 6 6-6 6" />
  </svg>
);

function NoInstances() {
  return (
    <div className="page__body page__body--center">
      <SettingsEmptyState icon={<CalendarIcon size={22} />} title="No timesheet yet">
        <p>
          Timesheet — each person&apos;s hours day by day, with missing days and overtime standing out. Add a Jira instance in Settings, sync its worklogs, and the grid
          fills in.
        </p>
      </SettingsEmptyState>
    </div>
  );
}

function Toolbar({ label, busy }: { label: string; busy: boolean }) {
  const mode = useTimesheetStore((s) => s.mode);
  const scope = useTimesheetStore((s) => s.scope);
  const instanceId = useTimesheetStore((s) => s.instanceId);
  const teamSize = useTimesheetStore((s) => s.teamSize);
  const instances = useInstancesStore((s) => s.items);
  const { setMode, step, goToday, setScope, setInstance } = useTimesheetStore.getState();
  const unit = mode === 'week' ? 'week' : 'month';
  return (
    <div className="ts-toolbar" role="toolbar" aria-label="Period">
      <SegmentedControl
        label="Period length"
        name="ts-mode"
        value={mode}
        options={[
          { value: 'week', label: 'Week' },
          { value: 'month', label: 'Month' },
        ]}
        onChange={setMode}
      />
      <div className="ts-nav">
        <button type="button" className="btn btn--ghost btn--icon btn--sm" aria-label={`Previous ${unit}`} title={`Previous ${unit} (←)`} onClick={() => step(-1)}>
          <ChevronLeft />
        </button>
        <button type="button" className="btn btn--secondary btn--sm" title="Today (T)" onClick={goToday}>
          Today
        </button>
        <button type="button" className="btn btn--ghost btn--icon btn--sm" aria-label={`Next ${unit}`} title={`Next ${unit} (→)`} onClick={() => step(1)}>
          <ChevronRight />
        </button>
      </div>
      <h2 className="ts-period" data-testid="ts-period" aria-live="polite">
        {label}
      </h2>
      {busy && <Spinner size={13} label="Loading" />}
      <div className="ts-toolbar__end">
        {teamSize > 0 && (
          <SegmentedControl
            label="People"
            name="ts-scope"
            value={scope}
            options={[
              { value: 'everyone', label: 'Everyone' },
              { value: 'team', label: 'My team' },
            ]}
            onChange={setScope}
          />
        )}
        {instances.length > 1 && (
          <label className="ts-select">
            <span className="visually-hidden">Instance</span>
            <select value={instanceId ?? ''} onChange={(e) => setInstance(e.target.value || null)} aria-label="Instance">
              <option value="">All instances</option>
              {instances.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
    </div>
  );
}

export function TimesheetPage() {
  const instances = useInstancesStore((s) => s.items);
  const instancesStatus = useInstancesStore((s) => s.status);
  const navigate = useRouteStore((s) => s.navigate);
  const search = useRouteStore((s) => s.search);
  const behind = useMemo(() => behindFromSearch(search), [search]);
  const mode = useTimesheetStore((s) => s.mode);
  const anchor = useTimesheetStore((s) => s.anchor);
  const instanceId = useTimesheetStore((s) => s.instanceId);
  const data = useTimesheetStore((s) => s.data);
  const status = useTimesheetStore((s) => s.status);
  const error = useTimesheetStore((s) => s.error);
  const teamVersion = useTeamStore((s) => s.version);
  const teamSize = useTimesheetStore((s) => s.teamSize);
  const [sort, setSort] = useTimesheetSort();
  const [notSubmitted, setNotSubmitted] = useNotSubmittedFilter();
  const [showAnomalies, setShowAnomalies] = useShowAnomalies();
  const [open, setOpen] = useState<CellRef | null>(null);
  const now = useNow(60_000);
  const today = toIsoDate(now);

  const period = periodOf(mode, anchor);
  const label = periodLabel(mode, period);
  const instanceIds = useMemo(() => (instanceId ? [instanceId] : undefined), [instanceId]);

  // The route decides whether only the people behind (the morning reminder's click) are shown.
  useEffect(() => useTimesheetStore.getState().showBehind(behind), [behind]);

  useEffect(() => {
    void useTimesheetStore.getState().load();
    return onSyncFinished(() => void useTimesheetStore.getState().load());
  }, [teamVersion]);

  usePeriodKeys(open === null);

  // A month is wider than the window: bring today's column into view when the period changes.
  const scrollRef = useRef<HTMLDivElement>(null);
  const shownKey = data ? `${data.from}|${data.to}` : '';
  useEffect(() => {
    const box = scrollRef.current;
    const th = box?.querySelector<HTMLElement>('thead th.is-today');
    if (!box) return;
    // Only when today would be out of sight: a week that nearly fits stays at its Monday.
    box.scrollLeft = th && th.offsetLeft + th.offsetWidth > box.clientWidth ? Math.max(0, th.offsetLeft - box.clientWidth / 2) : 0;
  }, [shownKey]);

  if (instancesStatus === 'idle' || (instancesStatus === 'loading' && instances.length === 0)) {
    return (
      <>
        <PageHeader title="Timesheet" subtitle={SUBTITLE} />
        <div className="page__body page__body--center">
          <div className="loading-row">
            <Spinner /> Loading…
          </div>
        </div>
      </>
    );
  }
  if (instances.length === 0 && instancesStatus === 'ready') {
    return (
      <>
        <PageHeader title="Timesheet" subtitle={SUBTITLE} />
        <NoInstances />
      </>
    );
  }

  // The data on screen may still be the previous period's while the new one loads.
  const current = data && data.from === period.from && data.to === period.to ? data : null;
  const shown = current ?? data;
  const loggedAny = shown ? shown.dayTotals.some((s) => s > 0) : false;
  // "Not submitted" applies only where approvals exist: people with an open, rejected or missing status.
  const filtering = notSubmitted && shown?.approvals !== undefined;
  const visible = shown ? (filtering ? shown.people.filter((p) => p.approval !== undefined && isNotSubmitted(p.approval)) : shown.people) : [];
  // The footer's day totals follow the rows shown.
  const dayTotals = shown && filtering ? shown.days.map((_, i) => visible.reduce((n, p) => n + (p.cells[i]?.loggedSeconds ?? 0), 0)) : shown?.dayTotals;
  const sorted = shown && dayTotals ? { ...shown, dayTotals, people: sortPeople(visible, sort) } : null;

  return (
    <>
      <PageHeader title="Timesheet" subtitle={SUBTITLE} actions={<TeamButton />} />
      <div className="page__body ts-body">
        <Toolbar label={label} busy={status === 'loading' && shown !== null} />
        {behind && <BehindChip count={behind.accountIds.length} day={behind.day} onClear={() => navigate('timesheet')} />}
        {status === 'error' && error && (
          <InlineAlert tone="error" title="Could not load the timesheet">
            {error}
          </InlineAlert>
        )}
        {shown === null ? (
          status !== 'error' && (
            <div className="loading-row ts-loading">
              <Spinner /> Loading the timesheet…
            </div>
          )
        ) : shown.people.length === 0 ? (
          <div className="ts-empty">
            <EmptyState
              icon={<SyncIcon size={22} />}
              title={`Nothing synced for ${mode === 'week' ? 'this week' : label}`}
              action={
                <Button variant="primary" icon={<SyncIcon />} onClick={() => navigate('sync')}>
                  Open Sync
                </Button>
              }
            >
              <p>No worklogs are stored for {label}. Sync this period on the Sync page, or move to another {mode === 'week' ? 'week' : 'month'} with ← and →.</p>
            </EmptyState>
          </div>
        ) : (
          <>
            {!loggedAny && (
              <div className="ts-note u-muted ts-note--sync">
                <span>No worklogs are stored for {label} — if the team logged time, sync this period.</span>
                <Button size="sm" icon={<SyncIcon />} onClick={() => navigate('sync')}>
                  Open Sync
                </Button>
              </div>
            )}
            {!shown.leavesKnown && (
              <div className="ts-note u-muted" data-testid="no-leaves-note">
                <span>
                  <strong>No leaves known.</strong> Leave days are not marked and expected hours don&apos;t account for them. Connect Factorial on the Leaves page to bring
                  them in.
                </span>
                <Button size="sm" variant="ghost" icon={<PalmIcon />} onClick={() => navigate('leaves')}>
                  Open Leaves
                </Button>
              </div>
            )}
            {teamSize === 0 && status === 'ready' && <NoTeamNote people={shown.people} />}
            {shown.countedThrough && <CountedThroughNote through={shown.countedThrough} />}
            <div className="ts-actions u-row">
              <CopyBehindButton people={sorted?.people ?? []} />
              <AnomaliesToggle on={showAnomalies} onToggle={setShowAnomalies} people={sorted?.people ?? []} />
              {shown.approvals && <ApprovalsBar approvals={shown.approvals} notSubmitted={notSubmitted} onToggle={setNotSubmitted} now={now} />}
            </div>
            {filtering && sorted?.people.length === 0 ? (
              <div className="ts-note" data-testid="all-submitted-note">
                <span>
                  <strong>Everyone has submitted.</strong> Every member of the Tempo team has submitted (or had approved) their timesheet for {label}.
                </span>
                <Button size="sm" variant="ghost" onClick={() => setNotSubmitted(false)}>
                  Show everyone
                </Button>
              </div>
            ) : (
              <div ref={scrollRef} className={`ts-scroll scroll-panel stale-fade ${current ? '' : 'is-stale'}`} aria-busy={current === null || undefined}>
                <TimesheetGrid data={sorted ?? shown} sort={sort} onSort={setSort} today={today} label={`Timesheet, ${periodLabel(shown.days.length > 7 ? 'month' : 'week', shown)}`} onOpen={setOpen} showAnomalies={showAnomalies} />
              </div>
            )}
            <TimesheetLegend anomalies={showAnomalies} />
          </>
        )}
      </div>
      {open && (
        <CellWorklogsDialog
          target={open}
          instanceIds={instanceIds}
          onClose={() => setOpen(null)}
          reasons={showAnomalies && shown ? open.cell.anomalies.map((a) => anomalyWords(a, shown.maxDaySeconds)) : []}
        />
      )}
    </>
  );
}
