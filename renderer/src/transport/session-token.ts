/**
 * The browser host's per-launch secret. It arrives in the URL fragment (`#token=…`: never sent to
 * a server, never in a Referer), is kept in sessionStorage (this tab only, survives a reload) and
 * is then removed from the address bar so it doesn't end up in bookmarks or a screen share.
 */
const STORAGE_KEY = 'worklog-desk.session-token';

function readFragmentToken(): string | null {
  const fragment = window.location.hash.replace(/^#/, '');
  if (!fragment.startsWith('token=')) return null;
  const value = new URLSearchParams(fragment).get('token');
  return value && value.length > 0 ? value : null;
}

/** Call once at start-up, before the router reads the hash. */
export function takeSessionToken(): string | null {
  const fromUrl = readFragmentToken();
  if (fromUrl) {
    try {
      sessionStorage.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // Storage disabled: the token still works for this page load.
    }
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
    return fromUrl;
  }
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
