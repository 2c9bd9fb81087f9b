import type { Handlers } from '../dispatch.js';
import { AppError } from '../errors.js';

export interface ShellHandlersDeps {
  /** Opens an https URL in the user's browser; absent where the host can't (the browser host opens it itself). */
  openExternal?: (url: string) => Promise<void>;
  /** Reveals an exported file in the OS file manager (the export capability checks the path is one of its own). */
  showInFolder: (file: string) => ReturnType<Handlers['shell.showItemInFolder']>;
}

/** The two ways core reaches outside the app window: a link in the browser, a file in the file manager. */
export function shellHandlers(deps: ShellHandlersDeps): Pick<Handlers, 'shell.openExternal' | 'shell.showItemInFolder'> {
  return {
    'shell.openExternal': async ({ url }) => {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:') {
        throw new AppError('validation', 'Only https:// links can be opened from Worklog Desk.');
      }
      if (!deps.openExternal) return { opened: false };
      // electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — the protocol is checked to be https just above; main/electron/open-external.ts checks again.
      await deps.openExternal(parsed.toString());
      return { opened: true };
    },
    'shell.showItemInFolder': ({ path }) => deps.showInFolder(path),
  };
}
