import type { KeyboardEvent } from 'react';

/**
 * The keyboard of a popup menu (role="menu"), for its onKeyDown: ↑/↓ move through the items and
 * wrap, Home/End jump to the first/last, Escape closes it (and goes no further, so a dialog around
 * it stays open), Tab closes it and lets focus move on.
 */
export function onMenuKey(e: KeyboardEvent, menu: HTMLElement | null, close: { onEscape(): void; onTab(): void }): void {
  const items = Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"]') ?? []);
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (e.key === 'Escape') {
    e.stopPropagation();
    close.onEscape();
  } else if (e.key === 'Tab') {
    close.onTab();
  } else if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) {
    e.preventDefault();
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : (at + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
    items[to]?.focus();
  }
}
