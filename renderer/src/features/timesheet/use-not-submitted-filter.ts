import { useCallback, useState } from 'react';

const KEY = 'worklog-desk.timesheet-not-submitted';

/** The Timesheet's "Not submitted" filter, remembered across restarts (localStorage, like the sort). */
export function useNotSubmittedFilter(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState<boolean>(() => {
    try {
      return window.localStorage.getItem(KEY) === '1';
    } catch {
      return false;
    }
  });
  const set = useCallback((next: boolean) => {
    setOn(next);
    try {
      window.localStorage.setItem(KEY, next ? '1' : '0');
    } catch {
      // Storage refused (private mode): the filter still works for this session.
    }
  }, []);
  return [on, set];
}
