import { useRef } from 'react';
import type { SeriesBucketSize, SeriesBy } from '../../../../shared/domain/series';
import { InlineAlert } from '../../components/inline-alert';
import { PageHeader } from '../../components/page-header';
import { PageIcon } from '../../components/page-icon';
import { SegmentedControl } from '../../components/segmented-control';
import { SettingsEmptyState } from '../../components/settings-empty-state';
import { Spinner } from '../../components/spinner';
import type { ChartsRange } from './charts-store';
import { useChartsStore } from './charts-store';
import type { ExplorerFilters } from '../worklogs/worklogs-port';
import { hasActiveFilters, useExplorerStore } from '../worklogs/worklogs-port';
import { useInstancesStore } from '../../stores/instances-store';
import { useRouteStore } from '../../stores/route-store';
import { FilterBar } from '../worklogs/worklogs-port';
import { useSearchShortcut } from '../worklogs/worklogs-port';
import { ChartCard } from './chart-card';
import type { ShownData } from './chart-format';
import { bucketTitle, fullName, NOUNS } from './chart-format';
import { PeopleChart } from './people-chart';
import { SeriesTable } from './series-table';
import type { BarPick } from './time-chart';
import { TimeChart } from './time-chart';
import { useChartsData } from './use-charts-data';
import { useChartsRange } from './use-charts-range';
import { RangeHint } from '../worklogs/worklogs-port';
import { TotalsBar } from '../worklogs/worklogs-port';
import { NoMatchState } from '../worklogs/worklogs-port';
import { NoDataState } from '../worklogs/worklogs-port';

const BUCKET_OPTIONS: { value: SeriesBucketSize; label: string }[] = [
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
];


const rangeChoice = (f: ChartsRange): ChartsRange => ({ preset: f.preset, customFrom: f.customFrom, customTo: f.customTo });

const header = <PageHeader title="Charts" subtitle="Where your team’s hours went, by epic, project and person" />;


export function ChartsPage() {
  const navigate = useRouteStore((s) => s.navigate);
  const instancesStatus = useInstancesStore((s) => s.status);
  const instances = useInstancesStore((s) => s.items);
  const explorer = useExplorerStore();
  const { drill, showSeries, undoShowSeries } = explorer;
  const bucket = useChartsStore((s) => s.bucket);
  const setBucket = useChartsStore((s) => s.setBucket);
  const setRange = useChartsStore((s) => s.setRange);
  const ownRange = useChartsRange(useChartsStore((s) => s.range), bucket);
  // A chart click narrows the Worklogs filters, days included; until the user changes a filter,
  // Charts shows that same narrowed view. Otherwise the range is Charts' own, the rest shared.
  const shownRange: ChartsRange | null = drill ? rangeChoice(explorer.filters) : ownRange;
  const filters: ExplorerFilters = { ...explorer.filters, ...(shownRange ?? { preset: 'custom', customFrom: '', customTo: '' }) };
  const searchRef = useRef<HTMLInputElement>(null);
  useSearchShortcut(searchRef);
  const data = useChartsData(filters, bucket);
  const { facets, result, range } = data;

  /** Range changes stay on Charts; any change also ends a chart's narrowing, keeping the days on show. */
  const setFilters = (patch: Partial<ExplorerFilters>): void => {
    const { preset, customFrom, customTo, ...rest } = patch;
    if (drill || preset !== undefined || customFrom !== undefined || customTo !== undefined) {
      setRange({ ...rangeChoice(filters), ...(preset !== undefined ? { preset } : {}), ...(customFrom !== undefined ? { customFrom } : {}), ...(customTo !== undefined ? { customTo } : {}) });
    }
    explorer.setFilters(rest);
  };
  const clearFilters = (): void => {
    if (drill) setRange(rangeChoice(filters));
    explorer.clearFilters();
  };

  if ((instancesStatus !== 'ready' && instancesStatus !== 'error') || (instances.length > 0 && shownRange === null)) {
    return (
      <>
        {header}
        <div className="page__body page__body--center">
          <Spinner label="Loading" />
        </div>
      </>
    );
  }

  if (instances.length === 0) {
    return (
      <>
        {header}
        <div className="page__body page__body--center">
          <SettingsEmptyState icon={<PageIcon page="charts" size={22} />} title="No charts yet">
            <p>Charts show where your team’s hours went — per epic and project week by week, and per person. Add a Jira instance in Settings, sync its worklogs, and they draw themselves.</p>
          </SettingsEmptyState>
        </div>
      </>
    );
  }

  /** A bar, a legend entry or a table cell: the Worklogs page, filtered to exactly those hours. */
  const open = (by: SeriesBy, d: ShownData, p: BarPick): void => {
    const s = d.series[p.series];
    if (!s) return;
    const b = p.bucket === null || d.bucket === 'range' ? undefined : d.buckets[p.bucket];
    const when = b && d.bucket !== 'range' ? `, ${bucketTitle(b, d.bucket)}` : '';
    // Always the days drawn: Worklogs' own range may differ from Charts'.
    const days = b ? { from: b.start, to: b.end } : range;
    showSeries({ by, key: s.key, instanceId: s.instanceId, label: `${fullName(s)}${when}`, ...(days ? { range: days } : {}) });
    navigate('worklogs');
  };

  const totals = result.data?.totals ?? null;
  const noDataInRange = facets.data !== null && facets.data.instances.length === 0 && !facets.loading;
  const filtered = hasActiveFilters(filters);
  const unit = bucket === 'week' ? 'week' : 'month';
  const note = (by: SeriesBy) => (d: ShownData | null): string => {
    if (!d) return '';
    const everyone = by === 'person' ? 'Everyone who logged hours' : `Every ${NOUNS[by].one} with hours`;
    const what = d.other ? `The ${d.series.length} ${NOUNS[by].many} with the most hours, the rest as Other` : everyone;
    return by === 'person' ? `${what} · click a bar to see their worklogs` : `${what}, per ${unit} · click a bar to see its worklogs`;
  };

  let content: React.ReactNode;
  if (!range) {
    content = <RangeHint filters={filters} onSwap={() => setFilters({ customFrom: filters.customTo, customTo: filters.customFrom })} />;
  } else if (noDataInRange) {
    content = <NoDataState range={range} what="the charts" />;
  } else if (result.error) {
    content = <InlineAlert tone="error">{result.error}</InlineAlert>;
  } else if (!totals) {
    content = (
      <div className="loading-row">
        <Spinner label="Loading charts" />
      </div>
    );
  } else if (totals.count === 0) {
    content = <NoMatchState page="charts" filtered={filtered} onClear={clearFilters} emptyRangeText="No worklogs in this range. Pick another range above." />;
  } else {
    const { epic, project, person } = data.series;
    content = (
      <div className="charts-grid">
        <ChartCard
          id="epic"
          title="Hours per epic"
          note={note('epic')}
          loaded={epic}
          chart={(d) => <TimeChart data={d} size={bucket} onPick={(p) => open('epic', d, p)} />}
          table={(d) => <SeriesTable data={d} size={bucket} caption={`Hours per epic, per ${unit}`} onPick={(p) => open('epic', d, p)} />}
        />
        <ChartCard
          id="project"
          title="Hours per project"
          note={note('project')}
          loaded={project}
          chart={(d) => <TimeChart data={d} size={bucket} onPick={(p) => open('project', d, p)} />}
          table={(d) => <SeriesTable data={d} size={bucket} caption={`Hours per project, per ${unit}`} onPick={(p) => open('project', d, p)} />}
        />
        <ChartCard
          id="person"
          title="Hours per person"
          note={note('person')}
          loaded={person}
          chart={(d) => <PeopleChart data={d} onPick={(series) => open('person', d, { series, bucket: null })} />}
          table={(d) => <SeriesTable data={d} size={bucket} caption="Hours per person" onPick={(p) => open('person', d, p)} />}
        />
      </div>
    );
  }

  return (
    <>
      {header}
      <div className="page__body charts-body">
        <FilterBar filters={filters} facets={facets.data} range={range} onChange={setFilters} onClear={clearFilters} searchRef={searchRef} />
        <div className="wl-toolbar">
          {range && <TotalsBar totals={totals} loading={result.loading} />}
          <div className="wl-toolbar__end">
            <span className="wl-toolbar__label u-hint" aria-hidden="true">
              Bars per
            </span>
            <SegmentedControl label="Bars per" name="charts-bucket" value={bucket} options={BUCKET_OPTIONS} onChange={setBucket} />
          </div>
        </div>
        {drill && (
          <div className="charts-drill" role="status">
            <span>
              Narrowed to <strong>{drill.label}</strong> from a chart.
            </span>
            <button type="button" className="link-button" onClick={undoShowSeries}>
              Back to the previous filters
            </button>
          </div>
        )}
        {content}
      </div>
    </>
  );
}
