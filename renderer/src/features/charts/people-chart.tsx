import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarShapeProps, TooltipContentProps, YAxisTickContentProps } from 'recharts';
import { formatHours } from '../../format';
import { rangeWords } from '../worklogs/worklogs-port';
import { OTHER_COLOR, PERSON_COLOR } from './chart-colors';
import type { ShownData } from './chart-format';
import { hoursTick, niceTicks, shorten } from './chart-format';

interface Row {
  /** Index into `series`, or -1 for Other. */
  index: number;
  id: string;
  name: string;
  hours: number;
  seconds: number;
}

const ROW_HEIGHT = 30;
const NAME_WIDTH = 176;
/** Names longer than this are cut at a grapheme boundary; the tooltip and the table have them whole. */
const NAME_CHARS = 24;

/** A bar that says whose it is (what the page's tests click on); Other is -1. */
function PersonBar(p: BarShapeProps) {
  return (
    <g data-series={(p.payload as Row).index}>
      <Rectangle {...p} />
    </g>
  );
}

function NameTick({ x, y, payload, rows }: YAxisTickContentProps & { rows: readonly Row[] }) {
  const row = rows[Number(payload.value)];
  if (!row) return null;
  return (
    <text x={Number(x) - 8} y={Number(y)} dy={4} textAnchor="end" className={row.index < 0 ? 'chart-name chart-name--other' : 'chart-name'}>
      <title>{row.name}</title>
      {shorten(row.name, NAME_CHARS)}
    </text>
  );
}

function PersonTooltip({ active, payload, data }: Pick<TooltipContentProps, 'active' | 'payload'> & { data: ShownData }) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  const share = data.total > 0 ? Math.round((row.seconds / data.total) * 1000) / 10 : 0;
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip__title">{row.name}</div>
      <div className="chart-tooltip__total">
        <span>{rangeWords({ from: data.buckets[0]?.start ?? '', to: data.buckets[0]?.end ?? '' })}</span>
        <span>{formatHours(row.seconds)}</span>
      </div>
      <div className="chart-tooltip__note u-meta">{share.toLocaleString()} % of the hours shown</div>
    </div>
  );
}

/** Hours per person over the whole range, biggest first, Other last; a click on a bar opens that person's worklogs. */
export function PeopleChart({ data, onPick }: { data: ShownData; onPick(series: number): void }) {
  const rows = useMemo<Row[]>(() => {
    const people = data.series.map((s, i) => ({ index: i, id: String(i), name: s.label, hours: s.total / 3600, seconds: s.total }));
    if (!data.other) return people;
    const n = data.other.series;
    return [...people, { index: -1, id: String(people.length), name: `${n} ${n === 1 ? 'other person' : 'other people'}`, hours: data.other.total / 3600, seconds: data.other.total }];
  }, [data]);

  const ticks = useMemo(() => niceTicks(Math.max(...rows.map((r) => r.hours), 0), 5), [rows]);
  return (
    <div className="chart-plot" data-testid="chart-person">
      <ResponsiveContainer width="100%" height={rows.length * ROW_HEIGHT + 36}>
        <BarChart layout="vertical" data={rows} margin={{ top: 4, right: 72, bottom: 4, left: 0 }} barCategoryGap="24%">
          <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
          <XAxis type="number" domain={[0, ticks[ticks.length - 1] ?? 1]} ticks={ticks} interval={0} tickFormatter={(v: number) => hoursTick(v)} tickLine={false} axisLine={false} tick={{ fill: 'var(--text-muted)', fontSize: 11.5 }} />
          <YAxis type="category" dataKey="id" width={NAME_WIDTH} interval={0} tickLine={false} axisLine={{ stroke: 'var(--border-strong)' }} tick={(p: YAxisTickContentProps) => <NameTick {...p} rows={rows} />} />
          <Tooltip cursor={{ fill: 'var(--surface-hover)' }} isAnimationActive={false} content={(p) => <PersonTooltip active={p.active} payload={p.payload} data={data} />} />
          <Bar dataKey="hours" radius={[0, 4, 4, 0]} maxBarSize={22} shape={PersonBar} onClick={(bar) => (bar.payload as Row).index >= 0 && onPick((bar.payload as Row).index)}>
            {rows.map((r) => (
              <Cell key={r.id} fill={r.index < 0 ? OTHER_COLOR : PERSON_COLOR} className={r.index < 0 ? 'chart-bar' : 'chart-bar is-clickable'} />
            ))}
            <LabelList dataKey="seconds" position="right" offset={8} className="chart-value" fill="var(--text-muted)" formatter={(v) => formatHours(Number(v))} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
