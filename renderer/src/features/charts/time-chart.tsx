import { useMemo, useState } from 'react';
import { Bar, BarChart, BarStack, CartesianGrid, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarShapeProps, TooltipContentProps } from 'recharts';
import type { SeriesBucketSize } from '../../../../shared/domain/series';
import { formatHours } from '../../format';
import { canShowSeries } from '../worklogs/worklogs-port';
import { OTHER_COLOR, seriesColor, swatchClass } from './chart-colors';
import type { ShownData } from './chart-format';
import { bucketTick, bucketTitle, hoursTick, niceTicks, NOUNS } from './chart-format';
import { ChartLegend } from './chart-legend';
import { SeriesName } from './series-name';

/** A bar the user picked: series index (into `data.series`) and bucket index, or the whole range. */
export interface BarPick {
  series: number;
  bucket: number | null;
}

interface Row {
  index: number;
  tick: string;
  [dataKey: string]: number | string;
}

const HEIGHT = 280;

/**
 * A segment that says which series and bucket it draws (what the page's tests click on). One
 * component per series index, made once: a new function each render would remount every bar.
 */
const segments = new Map<number | 'other', (p: BarShapeProps) => React.ReactElement>();
function segment(series: number | 'other'): (p: BarShapeProps) => React.ReactElement {
  let shape = segments.get(series);
  if (!shape) {
    shape = function Segment(p: BarShapeProps) {
      return (
        <g data-series={series} data-bucket={p.index}>
          <Rectangle {...p} />
        </g>
      );
    };
    segments.set(series, shape);
  }
  return shape;
}

/** Tooltip: the bucket's days, its named series biggest first, Other, and the bucket's total. */
function BucketTooltip({ active, payload, data, size, focus }: Pick<TooltipContentProps, 'active' | 'payload'> & { data: ShownData; size: SeriesBucketSize; focus: number | null }) {
  const index = (payload?.[0]?.payload as Row | undefined)?.index;
  if (!active || index === undefined) return null;
  const bucket = data.buckets[index];
  if (!bucket) return null;
  const lines = data.series.map((s, i) => ({ id: i, slot: s.slot, label: s.label, site: s.site, seconds: s.seconds[index] ?? 0 })).filter((l) => l.seconds > 0);
  lines.sort((a, b) => b.seconds - a.seconds);
  const other = data.other?.seconds[index] ?? 0;
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip__title">{bucketTitle(bucket, size)}</div>
      {lines.length === 0 && other === 0 ? (
        <div className="chart-tooltip__empty u-meta">No hours logged</div>
      ) : (
        <ul className="chart-tooltip__lines">
          {lines.map((l) => (
            <li key={l.id} className={l.id === focus ? 'is-focus' : undefined}>
              <span className={swatchClass(l.slot)} />
              <SeriesName label={l.label} site={l.site} className="chart-tooltip__label u-ellipsis" />
              <span className="chart-tooltip__value">{formatHours(l.seconds)}</span>
            </li>
          ))}
          {other > 0 && (
            <li>
              <span className={swatchClass('other')} />
              <span className="chart-tooltip__label u-ellipsis">Other {NOUNS[data.by as 'epic' | 'project'].many}</span>
              <span className="chart-tooltip__value">{formatHours(other)}</span>
            </li>
          )}
        </ul>
      )}
      <div className="chart-tooltip__total">
        <span>Total</span>
        <span>{formatHours(data.bucketTotals[index] ?? 0)}</span>
      </div>
    </div>
  );
}

/**
 * Hours per epic or project over time: one stacked bar per week or month, a segment per named
 * series plus Other. A click on a segment opens that series' worklogs of that bucket; the legend
 * opens them over the whole range.
 */
export function TimeChart({ data, size, onPick }: { data: ShownData; size: SeriesBucketSize; onPick(p: BarPick): void }) {
  const [focus, setFocus] = useState<number | null>(null);
  const spansYears = data.buckets.length > 0 && data.buckets[0]?.start.slice(0, 4) !== data.buckets[data.buckets.length - 1]?.end.slice(0, 4);
  const rows = useMemo<Row[]>(
    () =>
      data.buckets.map((b, i) => {
        const row: Row = { index: i, tick: bucketTick(b, size, spansYears) };
        data.series.forEach((s, j) => (row[`s${j}`] = (s.seconds[i] ?? 0) / 3600));
        if (data.other) row.other = (data.other.seconds[i] ?? 0) / 3600;
        return row;
      }),
    [data, size, spansYears],
  );
  const ticks = useMemo(() => niceTicks(Math.max(...data.bucketTotals, 0) / 3600), [data]);
  const dim = (i: number | 'other'): number => (focus === null || focus === i ? 1 : 0.3);
  const clickable = (i: number): boolean => canShowSeries({ by: data.by, key: data.series[i]?.key ?? null });

  return (
    <>
      <div className="chart-plot" data-testid={`chart-${data.by}`}>
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barCategoryGap={data.buckets.length > 40 ? '12%' : '22%'} maxBarSize={88} onMouseLeave={() => setFocus(null)}>
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis dataKey="tick" tickLine={false} axisLine={{ stroke: 'var(--border-strong)' }} tick={{ fill: 'var(--text-muted)', fontSize: 11.5 }} minTickGap={8} interval="preserveStartEnd" />
            <YAxis domain={[0, ticks[ticks.length - 1] ?? 1]} ticks={ticks} interval={0} tickFormatter={(v: number) => hoursTick(v)} tickLine={false} axisLine={false} tick={{ fill: 'var(--text-muted)', fontSize: 11.5 }} width={56} />
            <Tooltip cursor={{ fill: 'var(--surface-hover)' }} isAnimationActive={false} content={(p) => <BucketTooltip active={p.active} payload={p.payload} data={data} size={size} focus={focus} />} />
            <BarStack radius={[4, 4, 0, 0]}>
              {data.series.map((s, i) => (
                <Bar
                  key={`${s.instanceId ?? ''}|${s.key ?? ''}`}
                  dataKey={`s${i}`}
                  name={s.label}
                  fill={seriesColor(s.slot)}
                  fillOpacity={dim(i)}
                  stroke="var(--surface)"
                  strokeWidth={1}
                  className={clickable(i) ? 'chart-bar is-clickable' : 'chart-bar'}
                  onClick={clickable(i) ? (bar) => onPick({ series: i, bucket: (bar.payload as Row).index }) : undefined}
                  onMouseEnter={() => setFocus(i)}
                  shape={segment(i)}
                />
              ))}
              {data.other && <Bar dataKey="other" name="Other" fill={OTHER_COLOR} fillOpacity={dim('other')} stroke="var(--surface)" strokeWidth={1} className="chart-bar" onMouseEnter={() => setFocus(null)} shape={segment('other')} />}
            </BarStack>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend data={data} focus={focus} onFocus={setFocus} onPick={(series) => onPick({ series, bucket: null })} />
    </>
  );
}
