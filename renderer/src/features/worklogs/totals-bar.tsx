import type { ExplorerTotals } from '../../../../shared/domain/explorer';
import { formatHours } from '../../format';

const nf = new Intl.NumberFormat();

/** Hours, worklogs and people of the filtered view (Worklogs and Charts); dimmed while a new answer is on its way. */
export function TotalsBar({ totals, loading }: { totals: ExplorerTotals | null; loading: boolean }) {
  return (
    <dl className={['wl-totals stale-fade', loading ? 'is-stale' : ''].join(' ')} aria-label="Totals" aria-busy={loading || undefined}>
      <div className="wl-totals__item">
        <dt>Hours</dt>
        <dd data-testid="total-hours">{totals ? formatHours(totals.seconds) : '—'}</dd>
      </div>
      <div className="wl-totals__item">
        <dt>Worklogs</dt>
        <dd data-testid="total-worklogs">{totals ? nf.format(totals.count) : '—'}</dd>
      </div>
      <div className="wl-totals__item">
        <dt>People</dt>
        <dd data-testid="total-people">{totals ? nf.format(totals.people) : '—'}</dd>
      </div>
    </dl>
  );
}
