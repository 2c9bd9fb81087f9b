/** The app's pages, in navigation order; the order gives the Ctrl/⌘+1…7 shortcuts. */
export const PAGES = [
  { id: 'worklogs', label: 'Worklogs', goKey: 'w' },
  { id: 'timesheet', label: 'Timesheet', goKey: 't' },
  { id: 'charts', label: 'Charts', goKey: 'c' },
  { id: 'leaves', label: 'Leaves', goKey: 'l' },
  { id: 'packages', label: 'Packages', goKey: 'p' },
  { id: 'sync', label: 'Sync', goKey: 's' },
  { id: 'settings', label: 'Settings', goKey: ',' },
] as const;

export type PageId = (typeof PAGES)[number]['id'];

export const DEFAULT_PAGE: PageId = 'worklogs';

export function isPageId(value: string): value is PageId {
  return PAGES.some((p) => p.id === value);
}

export function pageHref(id: PageId): string {
  return `#/${id}`;
}

/** "#/settings" → 'settings'; anything unknown → the default page. */
export function pageFromHash(hash: string): PageId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isPageId(id) ? id : DEFAULT_PAGE;
}

/** "#/timesheet?behind=2026-12-04" → 'behind=2026-12-04'; '' when the hash has no query. */
export function searchFromHash(hash: string): string {
  const at = hash.indexOf('?');
  return hash.startsWith('#/') && at >= 0 ? hash.slice(at + 1) : '';
}
