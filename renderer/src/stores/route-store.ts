import { create } from 'zustand';
import type { PageId } from '../routes';
import { pageFromHash, pageHref } from '../routes';

interface RouteState {
  page: PageId;
  navigate(page: PageId): void;
}

/**
 * Hash routing: both hosts serve one index.html (file:// in Electron), so the page lives in the
 * fragment and back/forward work without any server routes.
 */
export const useRouteStore = create<RouteState>((set) => ({
  page: pageFromHash(window.location.hash),
  navigate: (page) => {
    if (window.location.hash !== pageHref(page)) window.location.hash = pageHref(page);
    set({ page });
  },
}));

window.addEventListener('hashchange', () => {
  useRouteStore.setState({ page: pageFromHash(window.location.hash) });
});
