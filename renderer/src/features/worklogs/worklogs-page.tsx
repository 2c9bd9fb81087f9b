import { useMemo, useRef, useState } from 'react';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { SettingsIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { PageHeader } from '../../components/page-header';
import { PageIcon } from '../../components/page-icon';
import { SegmentedControl } from '../../components/segmented-control';
import { Spinner } from '../../components/spinner';
import type { Grouping } from './explorer-store';
import { hasActiveFilters, useExplorerStore } from './explorer-store';
import { useInstancesStore } from '../../stores/instances-store';
import { useRouteStore } from '../../stores/route-store';
import { TeamDialog, TeamIcon } from '../team/team-port';
import { visibleColumns } from './columns';
import { ColumnChooser } from './column-chooser';
import { ExportMenu } from './export-menu';
import { FilterBar } from './filter-bar';
import { GroupList } from './group-list';
import { useExplorerData } from './use-explorer-data';
import { useSearchShortcut } from './use-search-shortcut';
import { FirstRunChecklist, useChecklistVisible } from './first-run-checklist';
import { RangeHint } from './range-hint';
import { WorklogsTable } from './worklogs-table';
import { TotalsBar } from './totals-bar';
import { NoMatchState } from './no-match-state';
import { NoDataState } from './no-data-state';

const GROUP_OPTIONS: { value: Grouping; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'person', label: 'Person' },
  { value: 'epic', label: 'Epic' },
  { value: 'project', label: 'Project' },
  { value: 'issue', label: 'Issue' },
  { value: 'day', label: 'Day' },
];


export function WorklogsPage() {
  const navigate = useRouteStore((s) => s.navigate);
  const instancesStatus = useInstancesStore((s) => s.status);
  const instances = useInstancesStore((s) => s.items);
  const { filters, groupBy, sort, hiddenColumns, columnWidths, setFilters, clearFilters, setGroupBy, sortBy, toggleColumn, setColumnWidth } = useExplorerStore();
  const [teamOpen, setTeamOpen] = useState(false);
  const [checklist, hideChecklist] = useChecklistVisible();
  const firstRun = checklist && <FirstRunChecklist onOpenTeam={() => setTeamOpen(true)} onHide={hideChecklist} />;
  const searchRef = useRef<HTMLInputElement>(null);
  const data = useExplorerData(filters, groupBy);
  const { facets, result, filter, range } = data;

  const instanceUrls = useMemo(() => new Map(instances.map((i) => [i.id, i.url])), [instances]);
  const instanceNames = useMemo(() => new Map(instances.map((i) => [i.id, i.name])), [instances]);
  const columns = useMemo(() => visibleColumns(hiddenColumns, columnWidths), [hiddenColumns, columnWidths]);

  useSearchShortcut(searchRef);

  const header = (
    <PageHeader
      title="Worklogs"
      subtitle="Every hour your team logged, searchable offline"
      actions={
        instances.length > 0 && (
          <div className="wl-header-actions u-row">
            <ExportMenu filter={filter} groupBy={groupBy} sort={sort} columns={columns.map((c) => c.id)} count={result.data && !result.loading ? result.data.totals.count : null} />
            <Button icon={<TeamIcon />} onClick={() => setTeamOpen(true)}>
              My team
            </Button>
          </div>
        )
      }
    />
  );

  // The page does not wait for the instance list (main asks the keychain about every instance's
  // tokens first): the table and the groups need no instance to be asked for. Only an empty list
  // changes the page, to "connect Jira".
  const instancesKnown = instancesStatus === 'ready' || instancesStatus === 'error';
  if (instancesKnown && instances.length === 0) {
    return (
      <>
        {header}
        <div className={checklist ? 'page__body' : 'page__body page__body--center'}>
          {firstRun || (
          <EmptyState
            icon={<PageIcon page="worklogs" size={22} />}
            title="Connect Jira to see worklogs"
            action={
              <Button variant="primary" icon={<SettingsIcon />} onClick={() => navigate('settings')}>
                Open Settings
              </Button>
            }
          >
            <p>Worklogs lets you browse, filter and group your team’s time offline. Add a Jira instance in Settings, then run a sync.</p>
          </EmptyState>
          )}
        </div>
        {teamOpen && <TeamDialog authors={[]} onClose={() => setTeamOpen(false)} />}
      </>
    );
  }

  const noDataInRange = facets.data !== null && facets.data.instances.length === 0 && !facets.loading;
  const totals = result.data?.totals ?? null;
  const filtered = hasActiveFilters(filters);

  let content: React.ReactNode;
  if (!range) {
    content = <RangeHint filters={filters} onSwap={() => setFilters({ customFrom: filters.customTo, customTo: filters.customFrom })} />;
  } else if (noDataInRange) {
    content = (
      <>
        {firstRun}
        <NoDataState range={range} what="these pages" />
      </>
    );
  } else if (result.error) {
    content = <InlineAlert tone="error">{result.error}</InlineAlert>;
  } else if (groupBy === 'none' && filter && (!totals || totals.count > 0)) {
    // The table counts and reads its own rows: it need not wait for the totals.
    content = <WorklogsTable filter={filter} sort={sort} onSort={sortBy} columns={columns} onResize={setColumnWidth} instanceUrls={instanceUrls} version={data.version} />;
  } else if (!totals || (totals.count === 0 && facets.data === null && facets.error === null)) {
    // Nothing yet, or nothing found before the facets tell "nothing synced" from "nothing matches".
    content = (
      <div className="loading-row">
        <Spinner label="Loading worklogs" />
      </div>
    );
  } else if (totals.count === 0) {
    content = <NoMatchState page="worklogs" filtered={filtered} onClear={clearFilters} emptyRangeText="No worklogs in this range." />;
  } else {
    content = groupBy !== 'none' && filter && result.data && (
      <div className="wl-groups-scroll scroll-panel">
        <GroupList
          key={JSON.stringify([filter, groupBy, data.version])}
          groupBy={groupBy}
          groups={result.data.groups}
          base={filter}
          sort={sort}
          columns={columns}
          instanceUrls={instanceUrls}
          instanceNames={instanceNames}
        />
      </div>
    );
  }

  return (
    <>
      {header}
      <div className="page__body wl-body">
        <FilterBar filters={filters} facets={facets.data} range={range} onChange={setFilters} onClear={clearFilters} searchRef={searchRef} />
        <div className="wl-toolbar">
          {range && <TotalsBar totals={totals ?? null} loading={result.loading} />}
          <div className="wl-toolbar__end">
            <span className="wl-toolbar__label u-hint" aria-hidden="true">
              Group by
            </span>
            <SegmentedControl label="Group by" name="wl-group" value={groupBy} options={GROUP_OPTIONS} onChange={setGroupBy} />
            <ColumnChooser hidden={hiddenColumns} onToggle={toggleColumn} />
          </div>
        </div>
        <div className="wl-content">{content}</div>
      </div>
      {teamOpen && <TeamDialog authors={facets.data?.authors ?? []} onClose={() => setTeamOpen(false)} />}
    </>
  );
}

