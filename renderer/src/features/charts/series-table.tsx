import type { SeriesBucketSize } from '../../../../shared/domain/series';
import { formatHours } from '../../format';
import { canShowSeries } from '../worklogs/worklogs-port';
import { swatchClass } from './chart-colors';
import type { ShownData } from './chart-format';
import { bucketTick, bucketTitle, fullName, NOUNS } from './chart-format';
import { SeriesName } from './series-name';
import type { BarPick } from './time-chart';

/**
 * A chart's numbers as a table — for keyboard and screen-reader users, and for anyone who wants
 * the exact figures. Every non-zero cell of a named series is a button doing what a click on its
 * bar does; the Total column opens the series over the whole range.
 */
export function SeriesTable({ data, size, caption, onPick }: { data: ShownData; size: SeriesBucketSize; caption: string; onPick(p: BarPick): void }) {
  const noun = NOUNS[data.by];
  const perBucket = data.bucket !== 'range';
  const spansYears = data.buckets[0]?.start.slice(0, 4) !== data.buckets[data.buckets.length - 1]?.end.slice(0, 4);
  const cell = (label: string, seconds: number, pick: BarPick | null, where: string) => {
    if (seconds === 0) return <span className="chart-table__zero">—</span>;
    if (!pick) return formatHours(seconds);
    return (
      <button type="button" className="chart-table__link" aria-label={`${formatHours(seconds)}: ${label}, ${where} — show these worklogs`} onClick={() => onPick(pick)}>
        {formatHours(seconds)}
      </button>
    );
  };
  const whole = perBucket ? 'whole range' : 'total';

  return (
    <div className="chart-table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="chart-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{noun.one[0]?.toUpperCase() + noun.one.slice(1)}</th>
            {perBucket &&
              data.buckets.map((b) => (
                <th scope="col" key={b.label} title={bucketTitle(b, size)}>
                  {bucketTick(b, size, spansYears)}
                </th>
              ))}
            <th scope="col">{perBucket ? 'Total' : 'Hours'}</th>
          </tr>
        </thead>
        <tbody>
          {data.series.map((s, i) => {
            const can = canShowSeries({ by: data.by, key: s.key });
            return (
              <tr key={`${s.instanceId ?? ''}|${s.key ?? ''}`}>
                <th scope="row">
                  <span className="chart-table__name">
                    <span className={data.by === 'person' ? swatchClass('person') : swatchClass(s.slot)} />
                    <SeriesName label={s.label} site={s.site} />
                  </span>
                </th>
                {perBucket &&
                  data.buckets.map((b, j) => (
                    <td key={b.label}>{cell(fullName(s), s.seconds[j] ?? 0, can ? { series: i, bucket: j } : null, bucketTitle(b, size))}</td>
                  ))}
                <td className="chart-table__total">{cell(fullName(s), s.total, can ? { series: i, bucket: null } : null, whole)}</td>
              </tr>
            );
          })}
          {data.other && (
            <tr className="chart-table__other">
              <th scope="row">
                <span className="chart-table__name">
                  <span className={swatchClass('other')} />
                  <span>
                    {data.other.series} other {data.other.series === 1 ? noun.one : noun.many}
                  </span>
                </span>
              </th>
              {perBucket && data.buckets.map((b, j) => <td key={b.label}>{cell('', data.other?.seconds[j] ?? 0, null, '')}</td>)}
              <td className="chart-table__total">{formatHours(data.other.total)}</td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {perBucket && data.buckets.map((b, j) => <td key={b.label}>{cell('', data.bucketTotals[j] ?? 0, null, '')}</td>)}
            <td className="chart-table__total">{formatHours(data.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
