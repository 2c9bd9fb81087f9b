import { Notification } from 'electron';

export interface NotifyOptions {
  title: string;
  /** Plain words for the user; never a token, never raw API output. */
  body: string;
  onClick?: () => void;
}

export interface Notifier {
  /** False when the OS has no notification support (e.g. no notification daemon on Linux). */
  notify(options: NotifyOptions): boolean;
}

/** Desktop notifications from main (the page itself is denied the permission). Used by sync. */
export function createNotifier(iconPath?: string): Notifier {
  return {
    notify({ title, body, onClick }) {
      if (!Notification.isSupported()) return false;
      const notification = new Notification({ title, body, ...(iconPath ? { icon: iconPath } : {}) });
      if (onClick) notification.on('click', onClick);
      notification.show();
      return true;
    },
  };
}
