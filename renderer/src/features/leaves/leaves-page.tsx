import { useEffect, useMemo } from 'react';
import { Button, IconButton } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { CalendarIcon, PalmIcon, SyncIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { PageHeader } from '../../components/page-header';
import { SegmentedControl } from '../../components/segmented-control';
import { Spinner } from '../../components/spinner';
import { currentMonth, monthRange, shiftMonth, useLeavesStore } from './leaves-store';
import { FactorialConnectedBar, FactorialSetupCard } from './factorial-connection';
import { HolidaysPanel } from './holidays-panel';
import { HoursSummary } from './hours-summary';
import { monthTitle } from './leave-format';
import { calendarRows, LeavesCalendar, LeavesLegend } from './leaves-calendar';
import { LeavesList } from './leaves-list';
import { MappingPanel } from './mapping-panel';
import { LeavesNextSteps } from './next-steps';
import { syncLeavesWithToast } from './use-leaves-actions';

const TITLE = 'Leaves';
const SUBTITLE = 'Time off from Factorial, next to logged time';

const Chevron = ({ dir }: { dir: 'left' | 'right' }) => (
  <svg width={14} height={14} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.6} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
    <path d={dir === 'left' ? 'M10 3.5 5.5 8l4.5 4.5' : 'M6 3.5 10.5 8 6 12.5'} />
  </svg>
);

const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function MonthNav() {
  const month = useLeavesStore((s) => s.month);
  const setMonth = useLeavesStore((s) => s.setMonth);
  const isCurrent = month === currentMonth();
  return (
    <div className="lv-month-nav" role="group" aria-label="Month">
      <IconButton size="sm" label="Previous month" icon={<Chevron dir="left" />} onClick={() => setMonth(shiftMonth(month, -1))} />
      <span className="lv-month-nav__title" data-testid="lv-month" aria-live="polite">
        {monthTitle(month)}
      </span>
      <IconButton size="sm" label="Next month" icon={<Chevron dir="right" />} onClick={() => setMonth(shiftMonth(month, 1))} />
      {!isCurrent && (
        <Button size="sm" variant="ghost" onClick={() => setMonth(currentMonth())}>
          This month
        </Button>
      )}
    </div>
  );
}

function SyncButton() {
  const syncing = useLeavesStore((s) => s.syncing);
  return (
    <Button variant="primary" icon={<SyncIcon />} pending={syncing} onClick={() => void syncLeavesWithToast()}>
      Sync leaves
    </Button>
  );
}

function MonthView() {
  const month = useLeavesStore((s) => s.month);
  const view = useLeavesStore((s) => s.view);
  const setView = useLeavesStore((s) => s.setView);
  const people = useLeavesStore((s) => s.people);
  const leaves = useLeavesStore((s) => s.leaves);
  const holidays = useLeavesStore((s) => s.holidays);
  const status = useLeavesStore((s) => s.dataStatus);
  const { from, to } = monthRange(month);
  const rows = useMemo(() => calendarRows(people, leaves), [people, leaves]);
  const monthHolidays = holidays.filter((h) => h.date >= from && h.date <= to);

  return (
    <section id="lv-month" className="card lv-month" aria-labelledby="lv-month-title" tabIndex={-1}>
      <header className="lv-panel__head">
        <h2 id="lv-month-title" className="lv-panel__title">
          {view === 'calendar' ? 'Calendar' : 'Leaves'} · {monthTitle(month)}
        </h2>
        {status === 'loading' && <Spinner label="Loading leaves" />}
        <span className="lv-conn__spacer" />
        <SegmentedControl
          label="View"
          name="lv-view"
          value={view}
          onChange={setView}
          options={[
            { value: 'calendar', label: 'Calendar' },
            { value: 'list', label: 'List' },
          ]}
        />
      </header>
      {rows.length === 0 ? (
        <p className="lv-empty-line u-muted">No people yet. Sync worklogs on the Sync page so Jira people are known, then map them to Factorial employees below.</p>
      ) : view === 'calendar' ? (
        <>
          <LeavesCalendar from={from} to={to} rows={rows} holidays={monthHolidays} today={localToday()} />
          <LeavesLegend leaves={leaves} hasHolidays={monthHolidays.length > 0} />
          {leaves.length === 0 && status === 'ready' && <p className="lv-empty-line u-muted lv-empty-line--below">No leaves stored for {monthTitle(month)}. Press “Sync leaves” to fetch them from Factorial.</p>}
        </>
      ) : leaves.length === 0 ? (
        <p className="lv-empty-line u-muted">No leaves stored for {monthTitle(month)}. Press “Sync leaves” to fetch them from Factorial.</p>
      ) : (
        <LeavesList rows={rows} />
      )}
    </section>
  );
}

export function LeavesPage() {
  const config = useLeavesStore((s) => s.config);
  const configStatus = useLeavesStore((s) => s.configStatus);
  const configError = useLeavesStore((s) => s.configError);
  const dataError = useLeavesStore((s) => s.dataError);
  const report = useLeavesStore((s) => s.report);
  const connected = config?.apiKeySaved === true;

  useEffect(() => {
    void useLeavesStore.getState().loadConfig();
  }, []);
  useEffect(() => {
    if (connected) void useLeavesStore.getState().loadData();
  }, [connected]);

  if (configStatus !== 'ready' && !config) {
    return (
      <>
        <PageHeader title={TITLE} subtitle={SUBTITLE} />
        <div className="page__body page__body--center">
          {configStatus === 'error' ? (
            <EmptyState icon={<PalmIcon size={22} />} title="Could not read the Factorial settings" action={<Button onClick={() => void useLeavesStore.getState().loadConfig()}>Try again</Button>}>
              <p>{configError}</p>
            </EmptyState>
          ) : (
            <div className="loading-row">
              <Spinner /> Loading…
            </div>
          )}
        </div>
      </>
    );
  }

  if (!connected) {
    return (
      <>
        <PageHeader title={TITLE} subtitle={SUBTITLE} />
        <div className="page__body page__body--center">
          <FactorialSetupCard />
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={TITLE}
        subtitle={SUBTITLE}
        actions={
          <>
            <MonthNav />
            <SyncButton />
          </>
        }
      />
      <div className="page__body">
        <div className="lv-page">
          <FactorialConnectedBar />
          <LeavesNextSteps
            onShowCalendar={() => {
              useLeavesStore.getState().setView('calendar');
              const month = document.getElementById('lv-month');
              month?.scrollIntoView({ block: 'start' });
              month?.focus({ preventScroll: true });
            }}
          />
          {dataError && (
            <InlineAlert tone="error" title="Could not load this month">
              {dataError}
            </InlineAlert>
          )}
          <MonthView />
          <HoursSummary report={report} />
          <div className="lv-columns">
            <MappingPanel />
            <HolidaysPanel />
          </div>
          <p className="lv-footnote u-meta">
            <CalendarIcon size={12} /> Only approved leaves reduce expected hours; pending ones are shown hatched until Factorial approves them.
          </p>
        </div>
      </div>
    </>
  );
}
