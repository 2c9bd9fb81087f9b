import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { InlineAlert } from '../../components/inline-alert';
import { SegmentedControl } from '../../components/segmented-control';
import { Spinner } from '../../components/spinner';
import { formatHours } from '../../format';
import type { Loaded } from '../worklogs/worklogs-port';
import type { ShownData } from './chart-format';

type View = 'chart' | 'table';
const VIEWS: { value: View; label: string }[] = [
  { value: 'chart', label: 'Chart' },
  { value: 'table', label: 'Table' },
];

/**
 * One chart with its heading (title and the total it shows), a Chart / Table switch, and its
 * loading and error states. While new figures load the old ones stay, dimmed, so the layout holds.
 */
export function ChartCard({
  id,
  title,
  note,
  loaded,
  chart,
  table,
}: {
  id: string;
  title: string;
  /** What the chart shows, in a line under its title (it depends on how many series there are). */
  note(data: ShownData | null): string;
  loaded: Loaded<ShownData>;
  chart(data: ShownData): ReactNode;
  table(data: ShownData): ReactNode;
}) {
  const [view, setView] = useState<View>('chart');
  const headingId = useId();
  const { data, error, loading } = loaded;

  let body: ReactNode;
  if (error) body = <InlineAlert tone="error">{error}</InlineAlert>;
  else if (!data)
    body = (
      <div className="chart-card__loading">
        <Spinner label={`Loading ${title.toLowerCase()}`} />
      </div>
    );
  else if (data.total === 0) body = <p className="chart-card__none u-hint">No hours to show.</p>;
  else body = view === 'chart' ? chart(data) : table(data);

  return (
    <section className={['card', 'chart-card', `chart-card--${id}`].join(' ')} aria-labelledby={headingId} aria-busy={loading || undefined} data-testid={`chart-card-${id}`}>
      <header className="chart-card__head">
        <div className="chart-card__titles">
          <h2 id={headingId} className="chart-card__title">
            {title}
            <span className="chart-card__total" data-testid={`chart-total-${id}`}>
              {data && !error ? formatHours(data.total) : '—'}
            </span>
          </h2>
          <p className="chart-card__note u-meta">{note(data)}</p>
        </div>
        <div className="chart-card__actions">
          {loading && data && <Spinner size={13} />}
          <SegmentedControl<View> label={`Show ${title.toLowerCase()} as`} name={`chart-view-${id}`} value={view} options={VIEWS} onChange={setView} />
        </div>
      </header>
      <div className={['chart-card__body stale-fade', loading && data ? 'is-stale' : ''].join(' ')}>{body}</div>
    </section>
  );
}
