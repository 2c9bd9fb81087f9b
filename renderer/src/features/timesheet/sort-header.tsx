import type { ReactNode } from 'react';
import type { SortKey, TimesheetSort } from '../../../../shared/domain/timesheet-sort';

const WORDS: Record<SortKey, string> = { name: 'name', logged: 'hours logged', expected: 'hours expected', difference: 'difference' };

/** A column header that sorts the rows: a button inside the th, with aria-sort on the th. */
export function SortHeader({ by, sort, onSort, className, children }: { by: SortKey; sort: TimesheetSort; onSort(by: SortKey): void; className: string; children: ReactNode }) {
  const active = sort.by === by;
  const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" className={className} aria-sort={ariaSort} data-sort={by}>
      <button type="button" className="ts-sort" onClick={() => onSort(by)} title={`Sort by ${WORDS[by]}`}>
        {children}
        <span className="ts-sort__arrow" aria-hidden="true">
          {active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
}
