import { useCallback, useState } from 'react';

/**
 * An on/off Timesheet preference remembered across restarts (localStorage, like the sort).
 * Storage may refuse (private mode): the flag then still works for this session.
 */
export function useStoredFlag(key: string): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState<boolean>(() => {
    try {
      return window.localStorage.getItem(key) === '1';
    } catch {
      return false;
    }
  });
  const set = useCallback(
    (next: boolean) => {
      setOn(next);
      try {
        window.localStorage.setItem(key, next ? '1' : '0');
      } catch {
        // Not remembered; the page still follows the choice.
      }
    },
    [key],
  );
  return [on, set];
}
