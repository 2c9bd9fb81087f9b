import { ACCOUNT_ID_MAX_LENGTH, TIMESHEET_MAX_PEOPLE } from './timesheet.js';

/**
 * The Timesheet opened on the people behind for one day (the morning reminder's click): a hash route
 * both hosts understand, `#/timesheet?behind=2026-12-04&person=<accountId>&person=…`. Main builds
 * it for the window it opens; the renderer reads it back; the browser host can be given it as a link.
 */
export interface BehindFilter {
  day: string;
  accountIds: string[];
}


export function behindSearch(f: BehindFilter): string {
  const q = new URLSearchParams({ behind: f.day });
  for (const id of f.accountIds.slice(0, TIMESHEET_MAX_PEOPLE)) q.append('person', id);
  return q.toString();
}

export function behindHash(f: BehindFilter): string {
  return `#/timesheet?${behindSearch(f)}`;
}

/** The filter in a route's query (after the "?"); null when there is none, it names nobody, or it is malformed. */
export function behindFromSearch(search: string): BehindFilter | null {
  const q = new URLSearchParams(search);
  const day = q.get('behind');
  if (day === null || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const accountIds = [...new Set(q.getAll('person').filter((id) => id.length > 0 && id.length <= ACCOUNT_ID_MAX_LENGTH))].slice(0, TIMESHEET_MAX_PEOPLE);
  // Nobody named: nothing to filter (the whole Timesheet is the honest answer).
  return accountIds.length > 0 ? { day, accountIds } : null;
}
