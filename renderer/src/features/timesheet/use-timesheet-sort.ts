import { useCallback, useState } from 'react';
import type { SortKey, TimesheetSort } from '../../../../shared/domain/timesheet-sort';
import { loadSort, nextSort, saveSort } from '../../../../shared/domain/timesheet-sort';

/** The Timesheet's row order, remembered across restarts (localStorage, like the Worklogs view). */
export function useTimesheetSort(): [TimesheetSort, (by: SortKey) => void] {
  const [sort, setSort] = useState<TimesheetSort>(() => loadSort(window.localStorage));
  const toggle = useCallback((by: SortKey) => {
    setSort((current) => {
      const next = nextSort(current, by);
      saveSort(window.localStorage, next);
      return next;
    });
  }, []);
  return [sort, toggle];
}
