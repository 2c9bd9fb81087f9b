import type { Shell } from 'electron';
import { AppError } from '../core/errors.js';

/**
 * Only https links reach the OS: `file:`, `javascript:`, custom protocol handlers (`ms-msdt:`,
 * `smb:` …) and plain http are ways for page content to launch local programs or leak traffic.
 * URLs carrying credentials (`https://user@host`) are refused too: they are a phishing disguise.
 */
export function isOpenableUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && !!parsed.hostname && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

export function createOpenExternal(shell: Pick<Shell, 'openExternal'>): (url: string) => Promise<void> {
  return async (url) => {
    if (!isOpenableUrl(url)) {
      throw new AppError('validation', 'Only https:// links can be opened from Worklog Desk.');
    }
    const normalized = new URL(url).toString();
    // electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — the URL was just checked by isOpenableUrl: https only, no credentials.
    await shell.openExternal(normalized);
  };
}
