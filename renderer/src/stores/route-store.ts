import { create } from 'zustand';
import { on } from '../api';
import type { PageId } from '../routes';
import { pageFromHash, pageHref, searchFromHash } from '../routes';

interface RouteState {
  page: PageId;
  /** The page's query, after "?" in the hash (e.g. the Timesheet's `behind=…&person=…`); '' when none. */
  search: string;
  navigate(page: PageId, search?: string): void;
}

const fromHash = (hash: string): Pick<RouteState, 'page' | 'search'> => ({ page: pageFromHash(hash), search: searchFromHash(hash) });

/**
 * Hash routing: both hosts serve one index.html (file:// in Electron), so the page lives in the
 * fragment and back/forward work without any server routes.
 */
export const useRouteStore = create<RouteState>((set) => ({
  ...fromHash(window.location.hash),
  navigate: (page, search = '') => {
    const href = search ? `${pageHref(page)}?${search}` : pageHref(page);
    if (window.location.hash !== href) window.location.hash = href;
    set({ page, search });
  },
}));

window.addEventListener('hashchange', () => {
  useRouteStore.setState(fromHash(window.location.hash));
});

/** Main may ask for a page (the tray's morning reminder opens the Timesheet on the people behind). */
export function startRouteEvents(): () => void {
  return on('app.navigate', ({ hash }) => {
    const { page, search } = fromHash(hash);
    useRouteStore.getState().navigate(page, search);
  });
}
