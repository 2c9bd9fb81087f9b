import { isIsoDate } from '../../../../shared/domain/dates';
import { formatDate } from '../../format';
import type { ExplorerFilters } from './explorer-store';

export const RANGE_HINT_ID = 'wl-range-hint';

/** A custom range whose first day comes after its last (both typed in full). */
export const isReversed = (f: Pick<ExplorerFilters, 'preset' | 'customFrom' | 'customTo'>): boolean =>
  f.preset === 'custom' && isIsoDate(f.customFrom) && isIsoDate(f.customTo) && f.customFrom > f.customTo;

/**
 * What Worklogs and Charts show instead of numbers while the custom range is not usable: which
 * day is missing, or — the easy one to miss — that the first day is after the last, with a way
 * to swap them.
 */
export function RangeHint({ filters, onSwap }: { filters: ExplorerFilters; onSwap(): void }) {
  if (isReversed(filters)) {
    return (
      <div id={RANGE_HINT_ID} className="wl-range-hint" role="alert">
        <p>
          <strong>The first day is after the last.</strong> {formatDate(`${filters.customFrom}T00:00:00`)} comes after {formatDate(`${filters.customTo}T00:00:00`)}: pick an earlier first day or a later last day.
        </p>
        <button type="button" className="btn btn--secondary btn--sm" onClick={onSwap}>
          Swap the two dates
        </button>
      </div>
    );
  }
  const missing = !isIsoDate(filters.customFrom) ? (!isIsoDate(filters.customTo) ? 'the first and the last day' : 'the first day') : 'the last day';
  return (
    <p id={RANGE_HINT_ID} className="wl-hint">
      Choose {missing} of the range.
    </p>
  );
}
