import { formatHours } from '../../format';
import { canShowSeries } from '../worklogs/worklogs-port';
import { swatchClass } from './chart-colors';
import type { ShownData } from './chart-format';
import { fullName, NOUNS } from './chart-format';
import { SeriesName } from './series-name';

/**
 * The series with their totals over the range, biggest first. Each is a button that opens its
 * worklogs for the whole range (the keyboard's way into a chart, with the table view), and
 * hovering or focusing one brings its segments forward in the chart.
 */
export function ChartLegend({ data, focus, onFocus, onPick }: { data: ShownData; focus: number | null; onFocus(i: number | null): void; onPick(series: number): void }) {
  const noun = NOUNS[data.by];
  return (
    <ul className="chart-legend" aria-label={`${noun.many[0]?.toUpperCase()}${noun.many.slice(1)} in the chart`}>
      {data.series.map((s, i) => {
        const content = (
          <>
            <span className={swatchClass(s.slot)} />
            <SeriesName label={s.label} site={s.site} className="chart-legend__label u-ellipsis" />
            <span className="chart-legend__value">{formatHours(s.total)}</span>
          </>
        );
        return (
          <li key={`${s.instanceId ?? ''}|${s.key ?? ''}`} className={focus !== null && focus !== i ? 'is-dimmed' : undefined}>
            {canShowSeries({ by: data.by, key: s.key }) ? (
              <button
                type="button"
                className="chart-legend__item"
                title={`${fullName(s)} — show its worklogs`}
                onClick={() => onPick(i)}
                onMouseEnter={() => onFocus(i)}
                onMouseLeave={() => onFocus(null)}
                onFocus={() => onFocus(i)}
                onBlur={() => onFocus(null)}
              >
                {content}
              </button>
            ) : (
              <span className="chart-legend__item is-static" title={`${fullName(s)}: the Worklogs filters have no "no ${noun.one}" choice`}>
                {content}
              </span>
            )}
          </li>
        );
      })}
      {data.other && (
        <li className={focus !== null ? 'is-dimmed' : undefined}>
          <span className="chart-legend__item is-static" title={`Every ${noun.one} after the first ${data.series.length}, added up`}>
            <span className={swatchClass('other')} />
            <span className="chart-legend__label u-ellipsis">
              {data.other.series} other {data.other.series === 1 ? noun.one : noun.many}
            </span>
            <span className="chart-legend__value">{formatHours(data.other.total)}</span>
          </span>
        </li>
      )}
    </ul>
  );
}
