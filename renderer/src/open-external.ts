import { call } from './api';

/**
 * Opens an https link in the user's browser. The desktop app does it in main (shell.openExternal);
 * the browser host can't open anything itself and answers opened:false, so the page opens a tab.
 */
export async function openExternal(url: string): Promise<void> {
  let opened: boolean;
  try {
    opened = (await call('shell.openExternal', { url })).opened;
  } catch {
    opened = false;
  }
  if (!opened) window.open(url, '_blank', 'noopener,noreferrer');
}
