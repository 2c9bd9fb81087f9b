import { useEffect } from 'react';
import { useTimesheetStore } from './timesheet-store';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * ← / → move to the previous / next period, T jumps to today. Quiet while typing, with a dialog
 * open, inside the grid (where arrows move between cells) and on the radio groups (arrows pick).
 */
export function usePeriodKeys(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      if (isTyping(e.target) || document.querySelector('dialog[open]')) return;
      const el = e.target instanceof HTMLElement ? e.target : null;
      if (el?.closest('.ts-grid tbody') || (el instanceof HTMLInputElement && el.type === 'radio')) return;
      const s = useTimesheetStore.getState();
      if (e.key === 'ArrowLeft') s.step(-1);
      else if (e.key === 'ArrowRight') s.step(1);
      else if (e.key === 't' || e.key === 'T') s.goToday();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
