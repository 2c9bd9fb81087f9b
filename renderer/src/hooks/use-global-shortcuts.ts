import { useEffect } from 'react';
import { PAGES } from '../routes';
import { useRouteStore } from '../stores/route-store';
import { useShortcutsStore } from '../stores/shortcuts-store';

const SEQUENCE_WINDOW_MS = 1200;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

function modalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/**
 * App-wide keys: Ctrl/⌘+1…7 and Ctrl/⌘+, switch pages (the desktop app's shortcuts); "G then a
 * letter" does the same without a modifier, because a browser tab keeps Ctrl+1…8 for itself;
 * `?` opens the shortcuts dialog. Nothing fires while typing in a field or with a dialog open.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    let pendingG = 0;
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.isComposing) return;
      const { navigate } = useRouteStore.getState();
      const mod = e.ctrlKey || e.metaKey;

      if (mod && !e.altKey && !e.shiftKey) {
        if (modalOpen()) return;
        if (e.key === ',') {
          e.preventDefault();
          navigate('settings');
          return;
        }
        const n = Number(e.key);
        const page = Number.isInteger(n) && n >= 1 ? PAGES[n - 1] : undefined;
        if (page) {
          e.preventDefault();
          navigate(page.id);
        }
        return;
      }
      if (mod || e.altKey || isTyping(e.target) || modalOpen()) return;

      if (e.key === '?') {
        e.preventDefault();
        useShortcutsStore.getState().setOpen(true);
        return;
      }
      const key = e.key.toLowerCase();
      if (pendingG && Date.now() - pendingG < SEQUENCE_WINDOW_MS) {
        pendingG = 0;
        const page = PAGES.find((p) => p.goKey === key);
        if (page) {
          e.preventDefault();
          navigate(page.id);
        }
        return;
      }
      pendingG = key === 'g' && !e.shiftKey ? Date.now() : 0;
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
