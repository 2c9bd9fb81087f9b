import { useStoredFlag } from './use-stored-flag';

/** The Timesheet's "Not submitted" filter, remembered across restarts. */
export function useNotSubmittedFilter(): [boolean, (on: boolean) => void] {
  return useStoredFlag('worklog-desk.timesheet-not-submitted');
}
