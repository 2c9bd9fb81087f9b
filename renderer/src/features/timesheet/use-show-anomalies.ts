import { useStoredFlag } from './use-stored-flag';

/** The Timesheet's "Show anomalies" toggle, remembered across restarts; off until the lead turns it on. */
export function useShowAnomalies(): [boolean, (on: boolean) => void] {
  return useStoredFlag('worklog-desk.timesheet-anomalies');
}
