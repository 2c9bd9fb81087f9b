import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin.js';
import { isOpenableUrl } from './open-external.js';

export interface GuardDeps {
  openExternal: (url: string) => Promise<void>;
  log?: { warn(message: string, fields?: Record<string, unknown>): void };
}

type NavigationEvent = { url: string; isMainFrame?: boolean; preventDefault(): void };

/** Logs only the origin: a blocked URL's path or query may carry an issue key or a search. */
function originOf(url: string): string {
  try {
    const { protocol, host } = new URL(url);
    return host ? `${protocol}//${host}` : protocol;
  } catch {
    return '(unparseable)';
  }
}

/**
 * The page may only ever show our own origin. Anything else is either a link the user clicked
 * (sent to the browser when it is https) or content trying to take over the window (dropped).
 */
export function hardenWebContents(contents: WebContents, deps: GuardDeps): void {
  const openOutside = (url: string): void => {
    if (!isOpenableUrl(url)) return;
    // Never throws into Electron's event dispatch: a failure to open is logged, nothing more.
    void (async () => {
      try {
        // electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — isOpenableUrl just above lets only https URLs without credentials through, and openExternal checks again.
        await deps.openExternal(url);
      } catch (e) {
        deps.log?.warn('could not open link', { origin: originOf(url), error: e });
      }
    })();
  };
  const denyForeign = (kind: string, event: NavigationEvent): boolean => {
    if (isAppUrl(event.url)) return false;
    event.preventDefault();
    deps.log?.warn(`${kind} blocked`, { origin: originOf(event.url) });
    return true;
  };

  contents.on('will-navigate', (event) => {
    // A plain <a href="https://…"> click: keep the app where it is, show the page in the browser.
    if (denyForeign('navigation', event) && event.isMainFrame) openOutside(event.url);
  });
  contents.on('will-frame-navigate', (event) => void denyForeign('frame navigation', event));
  contents.on('will-redirect', (event) => void denyForeign('redirect', event));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log?.warn('webview blocked');
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Applies the guards to every WebContents ever created, not only to the windows we make ourselves. */
export function guardAllWebContents(app: Pick<App, 'on'>, deps: GuardDeps): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, deps));
}

/**
 * The app needs no browser permission (camera, geolocation, notifications from the page, clipboard
 * reads …): main shows notifications itself. Deny every request and every check.
 */
export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
